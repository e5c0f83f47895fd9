// Swagger UI over the server's OpenAPI document; a file of its own, as the page's policy allows no inline script.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({url: '/openapi', dom_id: '#swagger-ui', deepLinking: true});
});
