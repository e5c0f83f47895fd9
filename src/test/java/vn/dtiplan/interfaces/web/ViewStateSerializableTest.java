package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view- and session-scoped bean is replicated with the HTTP session in a cluster, so
 * every field it keeps (but injected services, which the container proxies, and transient
 * fields) must be serialisable, down through lists, maps, records and nested classes. This
 * reads the declared types, so a new bean that keeps a non-serialisable record fails here at
 * once; {@code SessionLoadIT} serialises the real sessions after real pages.
 */
class ViewStateSerializableTest {

    private static final Set<Class<?>> LEAVES = Set.of(String.class, Integer.class, Long.class, Boolean.class,
            java.math.BigDecimal.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
            java.time.Instant.class, java.util.Locale.class);

    @Test
    void everyScopedBeanKeepsOnlySerialisableState() {
        List<Class<?>> beans = scopedBeans();
        assertFalse(beans.isEmpty(), "no scoped beans found");
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void aRecordOfAnUnserialisableTypeIsFound() {
        record Holder(Object thread, List<Thread> threads) implements Serializable {
        }
        Set<String> problems = new TreeSet<>();
        check(Holder.class, "Holder", problems, new HashSet<>());
        assertEquals(Set.of("Holder.threads: Thread"), problems);
    }

    private static void check(Class<?> type, String path, Set<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, Set<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path, problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, problems, seen);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<String> problems, Set<Class<?>> seen) {
        if (c.isPrimitive() || c.isEnum() || LEAVES.contains(c) || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), path, problems, seen);
            return;
        }
        if (c.isInterface()) {
            if (!(java.util.Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                    || Serializable.class.isAssignableFrom(c)) && c.getName().startsWith("vn.dtiplan")) {
                problems.add(path + ": " + c.getSimpleName() + " (interface, not Serializable)");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getSimpleName());
            return;
        }
        if (c.getName().startsWith("vn.dtiplan")) {
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    checkType(component.getGenericType(), path + "." + component.getName(), problems, seen);
                }
            } else {
                check(c, path, problems, seen);
            }
        }
    }

    private static List<Class<?>> scopedBeans() {
        Path folder;
        try {
            folder = Path.of(ViewStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolveSibling("classes").resolve("vn/dtiplan/interfaces/web");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> c = Class.forName("vn.dtiplan.interfaces.web." + name.substring(0, name.length() - 6));
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return beans;
    }
}
