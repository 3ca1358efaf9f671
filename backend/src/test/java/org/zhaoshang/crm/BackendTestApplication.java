package org.zhaoshang.crm;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend without the UI, for Spring tests of the API and the wiring. */
@SpringBootApplication
public class BackendTestApplication {
}
