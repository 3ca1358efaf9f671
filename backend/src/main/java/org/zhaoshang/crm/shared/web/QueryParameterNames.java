package org.zhaoshang.crm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The API's query parameters are plain names. {@code q[$gt]} or {@code owner[$ne]} would be bound by Spring as an
 * index or key into the filter record (a 500): they are refused with a problem naming the parameter, so no parameter
 * name ever reaches binding (or a query) as a path or an operator.
 */
@Configuration(proxyBeanMethods = false)
public class QueryParameterNames implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null) {
            return true;
        }
        List<FieldViolation> odd = Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty())
                .map(pair -> decoded(pair.split("=", 2)[0])).distinct()
                .filter(name -> !PLAIN_NAME.matcher(name).matches())
                .map(name -> new FieldViolation(name.length() > 64 ? name.substring(0, 64) + "…" : name,
                                                "parameter-name", "is no parameter of the API"))
                .limit(5).toList();
        if (!odd.isEmpty()) {
            throw new InvalidInputException(odd);
        }
        return true;
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
