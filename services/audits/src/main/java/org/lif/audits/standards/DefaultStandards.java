package org.lif.audits.standards;

import org.lif.audits.standards.StandardsSet.Standard;

import java.util.List;

/** The standards a partnership starts with (version 1), until it edits them. */
final class DefaultStandards {

    private DefaultStandards() {
    }

    /** The usual eight Section 11 (Children Act 2004) standards. */
    static final List<Standard> SECTION_11 = List.of(
            new Standard("S1", "Senior leadership and accountability", "Senior management commitment to safeguarding and a named board-level lead."),
            new Standard("S2", "Clear statement of responsibilities", "A clear statement of the agency's responsibilities towards children, available to all staff."),
            new Standard("S3", "Listening to children", "Children's views and wishes are sought and inform services and individual decisions."),
            new Standard("S4", "Whistleblowing and escalation", "Staff know how to raise concerns and escalate, and are supported when they do."),
            new Standard("S5", "Information sharing and interagency working", "Effective, lawful information sharing and working with other agencies."),
            new Standard("S6", "Safeguarding training and designated leads", "Staff are trained to their role and designated leads are in place and supported."),
            new Standard("S7", "Safer recruitment and allegations management", "Safer recruitment and vetting, and allegations against staff managed with the LADO."),
            new Standard("S8", "Supervision and support", "Staff receive safeguarding supervision and support proportionate to their role."));

    /** Section 175/157 (Education Act 2002) standards, after Keeping Children Safe in Education. */
    static final List<Standard> SCHOOLS = List.of(
            new Standard("K1", "Child protection policy and procedures", "An up-to-date child protection policy, published and known to staff."),
            new Standard("K2", "Designated safeguarding lead", "A DSL (and deputies) with the time, training and authority for the role."),
            new Standard("K3", "Staff training and induction", "All staff read KCSIE Part 1 and are trained at induction and regularly after."),
            new Standard("K4", "Safer recruitment and single central record", "Safer recruitment practice and a complete single central record."),
            new Standard("K5", "Allegations and low-level concerns", "Allegations against staff and low-level concerns are handled and recorded."),
            new Standard("K6", "Online safety, filtering and monitoring", "Appropriate filtering and monitoring, reviewed, and online safety taught."),
            new Standard("K7", "Early help and multi-agency working", "Early help identified and referrals made; the school works with partners."),
            new Standard("K8", "Vulnerable groups", "Children with SEND, looked-after and previously looked-after children, children missing education."),
            new Standard("K9", "Governance and oversight", "The governing body holds the school to account for safeguarding."));

    static List<Standard> of(StandardsSet.Kind kind) {
        return kind == StandardsSet.Kind.SECTION_11 ? SECTION_11 : SCHOOLS;
    }
}
