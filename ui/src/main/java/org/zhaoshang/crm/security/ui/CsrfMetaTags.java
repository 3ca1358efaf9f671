package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Every page carries the session's CSRF token as {@code <meta name="_csrf">} and {@code <meta
 * name="_csrf_parameter">}: Vaadin's login form puts it into its POST to /login ({@link LoginCsrfCheck}).
 */
@Component
class CsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)) {
                return;
            }
            if (request.getHttpServletRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                Element head = page.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            }
        });
    }
}
