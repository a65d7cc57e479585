package org.lif.training.evaluation;

public enum OutcomesMet {
    FULLY, PARTLY, NOT_MET
}
