package vn.dtiplan.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the Bean Validation constraints of the API's records into their schemas of the OpenAPI
 * document: length and item bounds, minimum and maximum, pattern, required. Payara's own
 * constraint scan is off ({@code mp.openapi.scan.beanvalidation=false} in
 * microprofile-config.properties): on 6.2025.10 it fails the whole document on the first
 * constrained parameter that is not a {@code @PathParam}, and every record with a constrained
 * component has such parameters (its canonical constructor's). Schemas are matched to the
 * records of this package by simple name, which is how the scanner names them.
 */
final class ConstraintDocumentation {

    private static final Logger LOG = Logger.getLogger(ConstraintDocumentation.class.getName());

    private ConstraintDocumentation() {
    }

    static void describe(Map<String, Schema> schemas) {
        Map<String, Class<?>> records = records();
        schemas.forEach((name, schema) -> {
            Class<?> type = records.get(name);
            if (type != null && schema.getProperties() != null) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Schema property = schema.getProperties().get(component.getName());
                    if (property != null && property.getRef() == null) {
                        describe(schema, component.getName(), field(type, component), property);
                    }
                }
            }
        });
    }

    /** The component's field, where the constraints are (none of them targets record components). */
    private static Field field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record without its component's field: " + component, e);
        }
    }

    private static void describe(Schema owner, String name, Field component, Schema property) {
        boolean array = property.getType() == Schema.SchemaType.ARRAY;
        Size size = component.getAnnotation(Size.class);
        if (size != null) {
            bound(property, array, size.min(), size.max());
        }
        if (component.isAnnotationPresent(NotBlank.class) || component.isAnnotationPresent(NotEmpty.class)) {
            bound(property, array, 1, Integer.MAX_VALUE);
        }
        if (component.isAnnotationPresent(NotNull.class) || component.isAnnotationPresent(NotBlank.class)
                || component.isAnnotationPresent(NotEmpty.class)) {
            owner.addRequired(name);
        }
        Min min = component.getAnnotation(Min.class);
        if (min != null) {
            property.setMinimum(BigDecimal.valueOf(min.value()));
        }
        Max max = component.getAnnotation(Max.class);
        if (max != null) {
            property.setMaximum(BigDecimal.valueOf(max.value()));
        }
        if (component.isAnnotationPresent(Positive.class)) {
            property.setMinimum(BigDecimal.ONE);
        }
        if (component.isAnnotationPresent(PositiveOrZero.class)) {
            property.setMinimum(BigDecimal.ZERO);
        }
        Pattern pattern = component.getAnnotation(Pattern.class);
        if (pattern != null) {
            property.setPattern(pattern.regexp());
        }
    }

    private static void bound(Schema property, boolean array, int min, int max) {
        if (array) {
            property.setMinItems(Math.max(min, property.getMinItems() == null ? 0 : property.getMinItems()));
            if (max != Integer.MAX_VALUE) {
                property.setMaxItems(max);
            }
        } else {
            property.setMinLength(Math.max(min, property.getMinLength() == null ? 0 : property.getMinLength()));
            if (max != Integer.MAX_VALUE) {
                property.setMaxLength(max);
            }
        }
    }

    /** The records of this package (nested ones included) by simple name, from its classes' folder (the WAR is deployed unpacked). */
    private static Map<String, Class<?>> records() {
        Map<String, Class<?>> records = new HashMap<>();
        String folder = ConstraintDocumentation.class.getPackageName().replace('.', '/');
        ClassLoader loader = ConstraintDocumentation.class.getClassLoader();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                try (Stream<String> names = classNames(roots.nextElement().toURI())) {
                    names.forEach(name -> load(loader, name, records));
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.log(Level.WARNING, "The OpenAPI document goes without its records' constraints", e);
        }
        return records;
    }

    private static Stream<String> classNames(URI root) throws IOException {
        String pkg = ConstraintDocumentation.class.getPackageName();
        if (!"file".equals(root.getScheme())) {
            return Stream.empty();
        }
        return Files.list(Path.of(root)).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()));
    }

    private static void load(ClassLoader loader, String name, Map<String, Class<?>> records) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isRecord()) {
                records.putIfAbsent(type.getSimpleName(), type);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.log(Level.FINE, "Not documented: " + name, e);
        }
    }
}
