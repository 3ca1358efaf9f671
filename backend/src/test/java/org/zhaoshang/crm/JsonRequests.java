package org.zhaoshang.crm;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request bodies for the API tests. */
public final class JsonRequests {

    private JsonRequests() {
    }

    public static HttpEntity<String> json(String body) {
        return json(body, null);
    }

    /** With the version the change expects as {@code If-Match} (none when null). */
    public static HttpEntity<String> json(String body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return new HttpEntity<>(body, headers);
    }
}
