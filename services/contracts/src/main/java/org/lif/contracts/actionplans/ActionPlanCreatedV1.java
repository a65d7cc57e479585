package org.lif.contracts.actionplans;

import org.lif.contracts.SourceType;

import java.util.List;

public record ActionPlanCreatedV1(String planId, String title, SourceType sourceType, String sourceId,
                                  String scope, String subgroup, List<String> themes) {
}
