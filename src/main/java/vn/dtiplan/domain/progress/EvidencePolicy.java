package vn.dtiplan.domain.progress;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.dtiplan.domain.DomainRuleException;

/**
 * What an evidence file may be: its size, its type, and the name it is stored under.
 *
 * <p>The type is decided by the extension <em>and</em> the first bytes of the content, so a
 * renamed executable is refused even when it is called {@code bao-cao.pdf}. Accepted: PDF,
 * PNG, JPEG, Office Open XML and OpenDocument files (ZIP containers) and legacy Office files
 * (OLE containers). Names keep Vietnamese letters (in NFC) and lose every path, control and
 * shell-special character; an empty result becomes {@code minh-chung}.
 */
public final class EvidencePolicy {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_NAME = 120;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static final Map<String, byte[]> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("png", PNG), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG),
            Map.entry("docx", ZIP), Map.entry("xlsx", ZIP), Map.entry("pptx", ZIP), Map.entry("odt", ZIP),
            Map.entry("ods", ZIP), Map.entry("doc", OLE), Map.entry("xls", OLE), Map.entry("ppt", OLE));

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"));

    private final long maxBytes;

    public EvidencePolicy(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks an upload and answers what to store it as; refuses (nothing stored) when the
     * file is empty, too large or not of an accepted type.
     */
    public AcceptedFile accept(String originalName, long size, byte[] head) {
        if (size <= 0) {
            throw new DomainRuleException("evidence.empty");
        }
        if (size > maxBytes) {
            throw new DomainRuleException("evidence.tooLarge", maxBytes / (1024 * 1024));
        }
        String name = sanitise(originalName);
        String extension = extensionOf(name);
        byte[] signature = SIGNATURES.get(extension);
        if (signature == null || !startsWith(head, signature)) {
            throw new DomainRuleException("evidence.type");
        }
        return new AcceptedFile(name, CONTENT_TYPES.get(extension), size);
    }

    /** A stored name: no directories, no control or special characters, Vietnamese kept. */
    public static String sanitise(String originalName) {
        String name = originalName == null ? "" : Normalizer.normalize(originalName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> clean.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' ? c : '_'));
        String result = clean.toString().replaceAll("_+", "_").replaceAll("\\.{2,}", ".").replaceAll("^[._]+", "");
        if (result.length() > MAX_NAME) {
            String extension = extensionOf(result);
            result = result.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
        }
        return result.isEmpty() || result.startsWith(".") ? "minh-chung" : result;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head != null && head.length >= signature.length
                && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }

    /** An upload the policy accepted: the name to store it under, its content type and size. */
    public record AcceptedFile(String name, String contentType, long size) {
    }
}
