package vn.dtiplan.application.progress;

/** An evidence file to download. */
public record EvidenceFile(String name, String contentType, byte[] content) {
}
