package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * Mounts the REST resources under {@code /api}; every path there needs HTTP Basic or an API token
 * as Bearer (web.xml), which the OpenAPI document names as its two security schemes. The parts
 * every operation shares (error responses, paging) are added by {@link ApiDocumentation}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "dtiplan API", version = "1",
                description = "Kế hoạch khắc phục chỉ số chuyển đổi số (DTI) theo cấp tỉnh, xã. "
                        + "Lỗi: {\"error\": mã ổn định, \"message\": câu tiếng Việt}. "
                        + "Danh sách: ?page=&size=, tổng số ở header X-Total-Count."),
        security = {@SecurityRequirement(name = ApiDocumentation.BASIC), @SecurityRequirement(name = ApiDocumentation.BEARER)})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "Tên đăng nhập và mật khẩu của tài khoản"),
    @SecurityScheme(securitySchemeName = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "Mã truy cập API (POST /api/tokens)")})
public class RestApplication extends Application {
}
