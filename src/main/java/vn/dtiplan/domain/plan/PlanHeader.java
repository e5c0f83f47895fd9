package vn.dtiplan.domain.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The header of a plan as an official document: number and symbol ("4638/KH-UBND"), date,
 * place, title (trích yếu), year, legal bases (căn cứ), purpose and requirements, budget,
 * recipients (nơi nhận), and the signer: authority ("TM." or "KT."), title and name. A plan may span
 * years: {@code toYear} its last ("năm 2024 - 2026"), or {@code openEnded} ("năm 2024 và các năm
 * tiếp theo"); neither: the one year.
 */
public record PlanHeader(String number, LocalDate date, String place, String title, int year,
                         List<String> legalBases, String purpose, String budget, List<String> recipients,
                         String signerAuthority, String signerTitle, String signerName, Integer toYear,
                         boolean openEnded) {

    /** A header for one year. */
    public PlanHeader(String number, LocalDate date, String place, String title, int year, List<String> legalBases,
                      String purpose, String budget, List<String> recipients, String signerAuthority,
                      String signerTitle, String signerName) {
        this(number, date, place, title, year, legalBases, purpose, budget, recipients, signerAuthority, signerTitle,
                signerName, null, false);
    }

    /** A header with only what the API requires. */
    public static PlanHeader minimal(String number, String title, int year) {
        return new PlanHeader(number, null, null, title, year, List.of(), null, null, List.of(), null, null, null);
    }
}
