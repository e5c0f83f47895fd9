package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.interfaces.ImportProblemText;

/**
 * Excel files on the screens: an uploaded workbook handed to an import, its refusal turned into
 * one line per problem in the user's language, and workbooks offered for download. Shared by the
 * framework and score entry screens.
 */
final class WorkbookUpload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_MB = 5;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024;

    private WorkbookUpload() {
    }

    /** The outcome of an upload: the import's result, or the problems to list (never both). */
    record Outcome<T>(T result, List<String> problems) {
    }

    /** Runs the import on the uploaded file; a refusal's problems come back as sentences, other refusals as a message. */
    static <T> Outcome<T> run(Part file, Function<byte[], T> importer) {
        if (file == null || file.getSize() == 0) {
            return refuse(new DomainRuleException("import.file.empty"));
        }
        if (file.getSize() > MAX_BYTES) {
            return refuse(new DomainRuleException("import.file.tooLarge", MAX_MB));
        }
        try (InputStream in = file.getInputStream()) {
            return new Outcome<>(importer.apply(in.readAllBytes()), List.of());
        } catch (ImportRefusedException refused) {
            Notices.refused(refused);
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            return new Outcome<>(null, refused.problems().stream().map(p -> ImportProblemText.of(locale, p)).toList());
        } catch (DomainRuleException rule) {
            return refuse(rule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StreamedContent download(byte[] content, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(XLSX).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private static <T> Outcome<T> refuse(DomainRuleException refusal) {
        Notices.refused(refusal);
        return new Outcome<>(null, List.of());
    }
}
