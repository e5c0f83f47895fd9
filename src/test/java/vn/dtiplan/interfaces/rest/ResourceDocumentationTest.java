package vn.dtiplan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS resource method of the API, found by reflection over this package's {@code @Path}
 * classes, carries its OpenAPI summary ({@link Operation}) and a tag (on it or its class), so a new
 * method cannot go undocumented; TenantIsolationIT checks the served document has them all.
 */
class ResourceDocumentationTest {

    static List<Class<?>> resources() throws IOException, URISyntaxException {
        String pkg = RestApplication.class.getPackageName();
        java.nio.file.Path folder = java.nio.file.Path.of(RestApplication.class.getResource("RestApplication.class").toURI())
                .getParent();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            for (String name : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).toList()) {
                try {
                    Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6), false,
                            RestApplication.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return resources;
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .anyMatch(a -> a.isAnnotationPresent(HttpMethod.class));
    }

    @Test
    void everyResourceMethodHasASummaryAndATag() throws Exception {
        List<String> undocumented = new ArrayList<>();
        int methods = 0;
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                methods++;
                Operation operation = method.getAnnotation(Operation.class);
                boolean tagged = method.isAnnotationPresent(Tag.class) || resource.isAnnotationPresent(Tag.class);
                if (operation == null || operation.summary().isBlank() || !tagged) {
                    undocumented.add(resource.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertTrue(methods > 80, "found only " + methods + " resource methods");
        assertEquals(List.of(), undocumented);
    }
}
