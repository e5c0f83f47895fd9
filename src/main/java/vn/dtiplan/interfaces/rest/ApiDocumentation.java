package vn.dtiplan.interfaces.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What every operation of the API shares, added to the generated OpenAPI document once here
 * ({@code mp.openapi.filter}) rather than repeated on 90 methods: the {@link ApiError} schema and
 * the refusals that answer it (401/403 on every signed-in operation; 404 where the path names a
 * record; 400 and 422 where a body or a query or header parameter is read; 413 with a body; 409 on a change; 412 and 428 where {@code If-Match} is
 * read), the {@code page}/{@code size} parameters and {@code X-Total-Count} header of the lists
 * ({@link ListPaging}: a GET that answers an array), a binary schema for files, and no security
 * on the public pages; plain path templates, distinct operation ids and tags, items for untyped
 * arrays (what the scanner leaves invalid); the records' constraints ({@link ConstraintDocumentation}).
 * Summaries, tags and specific responses stay annotations on the resources.
 */
public class ApiDocumentation implements OASFilter {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    private static final String ERROR_REF = "#/components/schemas/ApiError";
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Yêu cầu không hợp lệ (tham số, trang, thân JSON)",
            "401", "Chưa đăng nhập (Basic hoặc Bearer)",
            "403", "Không có quyền, hoặc yêu cầu từ trang khác",
            "404", "Không tồn tại hoặc ngoài phạm vi đơn vị",
            "409", "Trạng thái không cho phép thao tác này",
            "412", "Phiên bản đã thay đổi (If-Match cũ)",
            "413", "Thân yêu cầu quá lớn",
            "422", "Dữ liệu không hợp lệ",
            "428", "Thiếu phiên bản (If-Match)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addErrorSchema(api.getComponents());
        if (api.getComponents().getSchemas() != null) {
            ConstraintDocumentation.describe(api.getComponents().getSchemas());
        }
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ApiDocumentation::arraysHaveItems);
        }
        distinctTags(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        plainTemplates(api.getPaths());
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
        distinctOperationIds(api.getPaths());
    }

    /** {@code /plans/{id: [0-9]+}} → {@code /plans/{id}}: OpenAPI templates name parameters only. */
    private static void plainTemplates(Paths paths) {
        for (String path : new ArrayList<>(paths.getPathItems().keySet())) {
            String plain = TEMPLATE_REGEX.matcher(path).replaceAll("{$1}");
            if (!plain.equals(path)) {
                PathItem item = paths.getPathItem(path);
                paths.removePathItem(path);
                PathItem twin = paths.getPathItem(plain);
                if (twin == null) {
                    paths.addPathItem(plain, item);
                } else {
                    item.getOperations().forEach(twin::setOperation);
                }
            }
        }
    }

    /** The scanner names operations after their Java methods, which repeat across resources ({@code list}). */
    private static void distinctOperationIds(Paths paths) {
        Map<String, Integer> counts = new HashMap<>();
        paths.getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .map(Operation::getOperationId).filter(Objects::nonNull).forEach(id -> counts.merge(id, 1, Integer::sum)));
        paths.getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String id = operation.getOperationId();
            if (id != null && counts.get(id) > 1) {
                operation.setOperationId(id + "_" + method.name().toLowerCase(Locale.ROOT)
                        + path.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", ""));
            }
        }));
    }

    /** The scanner lists a class's tag once per method. */
    private static void distinctTags(OpenAPI api) {
        if (api.getTags() != null) {
            Map<String, Tag> byName = new LinkedHashMap<>();
            api.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
            api.setTags(new ArrayList<>(byName.values()));
        }
    }

    /** An array the scanner could not type ({@code List<Object>}) still needs {@code items}: any value. */
    private static void arraysHaveItems(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocumentation::arraysHaveItems);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null && schema.getRef() == null) {
            schema.setItems(OASFactory.createSchema());
        }
    }

    private static void addErrorSchema(Components components) {
        components.addSchema("ApiError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Lỗi của mọi yêu cầu bị từ chối")
                .addProperty("error", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Mã ổn định").example("plan.notDraft"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Câu tiếng Việt cho người dùng").example("Kế hoạch 12/KH-UBND đã ban hành nên không sửa trực tiếp được; hãy điều chỉnh từng nhiệm vụ."))
                .required(List.of("error", "message")));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        successIsNamed(responses);
        boolean body = operation.getRequestBody() != null;
        boolean read = body || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (path.contains("/public/")) {
            // [{}]: no scheme needed (an empty list would say the same, but the server leaves it out)
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        } else {
            refuse(responses, "401");
            refuse(responses, "403");
        }
        if (path.contains("{")) {
            refuse(responses, "404");
        }
        if (read) {
            refuse(responses, "400");
            refuse(responses, "422");
        }
        if (body) {
            refuse(responses, "413");
        }
        if (method != PathItem.HttpMethod.GET) {
            refuse(responses, "409");
        }
        if (ifMatch) {
            refuse(responses, "412");
            refuse(responses, "428");
        }
        if (method == PathItem.HttpMethod.GET && answersArray(responses)) {
            page(operation, responses);
        }
        responses.getAPIResponses().values().forEach(ApiDocumentation::filesAreBinary);
    }

    /**
     * The scanner answers a method without {@code @APIResponse} with {@code default}, the type it
     * returns: that is its success, 200, or 204 where it returns nothing.
     */
    private static void successIsNamed(APIResponses responses) {
        APIResponse fallback = responses.getDefaultValue();
        if (fallback == null || responses.getAPIResponses().keySet().stream().anyMatch(s -> s.startsWith("2"))) {
            return;
        }
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean empty = fallback.getContent() == null || fallback.getContent().getMediaTypes() == null
                || fallback.getContent().getMediaTypes().values().stream().allMatch(m -> m.getSchema() == null);
        if (empty) {
            fallback.setContent(null);
        }
        responses.addAPIResponse(empty ? "204" : "200", fallback.description("Thành công"));
    }

    /** A workbook, document or evidence file: bytes, which the scanner left without a schema. */
    private static void filesAreBinary(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (!type.contains("json") && media.getSchema() == null) {
                media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    private static void refuse(APIResponses responses, String status) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_REF)));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(REFUSALS.get(status)).content(content));
    }

    private static boolean answersArray(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return false;
        }
        return ok.getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                .anyMatch(schema -> schema != null && schema.getType() == Schema.SchemaType.ARRAY);
    }

    private static void page(Operation operation, APIResponses responses) {
        operation.addParameter(query("page", "Trang, bắt đầu từ 1"));
        operation.addParameter(query("size", "Số dòng một trang"));
        refuse(responses, "400");
        Header total = OASFactory.createHeader().description("Tổng số dòng của danh sách (mọi trang)")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
        responses.getAPIResponse("200").addHeader(ListPaging.TOTAL, total);
    }

    private static Parameter query(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE));
    }
}
