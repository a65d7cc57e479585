package org.lif.platform.tenancy;

import org.junit.jupiter.api.Test;
import org.lif.platform.problem.ProblemException;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostAccessFilterTest {

    static final Caller HOST = new Caller("hips-host", null, true, Map.of());
    static final Caller ADMIN = new Caller("southampton-admin", null, false,
            Map.of("southampton", Set.of(PartnershipRole.PARTNERSHIP_ADMIN)));

    @Test
    void hostPathsAreRecognised() {
        assertTrue(HostAccessFilter.isHostPath("/api/v1/host/partnerships"));
        assertTrue(HostAccessFilter.isHostPath("api/v1/host/read-model"));
        assertTrue(HostAccessFilter.isHostPath("/api/v1/host"));
        assertFalse(HostAccessFilter.isHostPath("/api/v1/hosting"));
        assertFalse(HostAccessFilter.isHostPath("/api/v1/partnerships/southampton/dashboard"));
        assertFalse(HostAccessFilter.isHostPath(null));
    }

    @Test
    void onlyHostAdminsEnterMarkedEndpoints() {
        assertDoesNotThrow(() -> HostAccessFilter.requireHostAccess(true, HOST));
        ProblemException partnershipRole = assertThrows(ProblemException.class, () -> HostAccessFilter.requireHostAccess(true, ADMIN));
        assertEquals(403, partnershipRole.status());
    }

    @Test
    void unmarkedHostEndpointsAreClosedEvenToHostAdmins() {
        assertEquals(403, assertThrows(ProblemException.class, () -> HostAccessFilter.requireHostAccess(false, HOST)).status());
    }
}
