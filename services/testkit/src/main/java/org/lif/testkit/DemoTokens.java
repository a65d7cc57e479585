package org.lif.testkit;

/** Test tokens for the demo identities of docs/security.md (same names, roles and agencies as the Keycloak realm). */
public final class DemoTokens {

    private DemoTokens() {
    }

    public static String southamptonAdmin() {
        return TestTokens.user("southampton-admin").role("southampton", "partnership-admin").token();
    }

    public static String southamptonPolice() {
        return TestTokens.user("southampton-police").role("southampton", "safeguarding-partner").agency("hampshire-constabulary").token();
    }

    public static String southamptonSchool() {
        return TestTokens.user("southampton-school").role("southampton", "relevant-agency").agency("bitterne-park-school").token();
    }

    public static String southamptonCharity() {
        return TestTokens.user("southampton-charity").role("southampton", "relevant-agency").agency("youth-options").token();
    }

    public static String southamptonPractitioner() {
        return TestTokens.user("southampton-practitioner").role("southampton", "practitioner").agency("bitterne-park-school").token();
    }

    public static String portsmouthAdmin() {
        return TestTokens.user("portsmouth-admin").role("portsmouth", "partnership-admin").token();
    }

    public static String portsmouthSchool() {
        return TestTokens.user("portsmouth-school").role("portsmouth", "relevant-agency").agency("mayfield-school").token();
    }

    public static String hipsChair() {
        return TestTokens.user("hips-chair").role("southampton", "independent-chair").role("portsmouth", "independent-chair").token();
    }

    public static String hipsReviewer() {
        return TestTokens.user("hips-reviewer").role("southampton", "independent-reviewer").token();
    }

    public static String hipsHost() {
        return TestTokens.user("hips-host").realmRole("host-admin").token();
    }
}
