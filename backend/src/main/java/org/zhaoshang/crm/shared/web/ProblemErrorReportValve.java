package org.zhaoshang.crm.shared.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's answer to a request it refuses before the application sees it (a request line or headers over the limit,
 * an encoded slash in the path, …): a problem detail instead of Tomcat's HTML page, which names the server and its
 * version. Nothing of the request or the error is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                             + ",\"detail\":\"The server refused the request before reading it: the request line, "
                             + "headers or path are too long or not allowed\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response cannot be written any more: nothing to tell
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 413 -> "Too large";
            case 414 -> "URI too long";
            case 431 -> "Request headers too large";
            default -> status >= 500 ? "Internal error" : "Refused";
        };
    }
}
