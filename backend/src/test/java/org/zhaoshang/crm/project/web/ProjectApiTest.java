package org.zhaoshang.crm.project.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signed projects over the REST API: status codes, problems, versions, who may, and the lead's stages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectApiTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLeadsSigningBeginsItsFirstProjectFromTheAgreementAndTheLeadsFigures() throws Exception {
        String lead = signedLead("staff", "Nomura Wealth");

        JsonNode project = firstProject("staff", lead);

        assertThat(project.at("/agreement/reference").asText()).isEqualTo("LX-" + lead.substring(0, 6));
        assertThat(project.at("/agreement/basis").asText()).isEqualTo("FIRST_SIGNING");
        assertThat(project.at("/commitments/kind").asText()).isEqualTo("OFFICE");
        assertThat(project.at("/commitments/totalInvestment/cnyWan").decimalValue()).isEqualByComparingTo("5000");
        assertThat(project.at("/commitments/zone").asText()).isEqualTo("FINANCIAL_CITY_CLUSTER");
        assertThat(project.at("/signedBy").asText()).isEqualTo("staff");
        ResponseEntity<String> one = as("staff").getForEntity("/api/projects/" + project.get("projectId").asText(),
                                                              String.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getHeaders().getETag()).isEqualTo("\"0\"");
    }

    @Test
    void commitmentsChangeAgainstTheVersionSeenAndBadInputIsAProblem() throws Exception {
        String lead = signedLead("staff", "Mizuho Leasing");
        String project = firstProject("staff", lead).get("projectId").asText();
        String commitments = "{\"kind\":\"LAND\",\"totalInvestment\":{\"amountWan\":300,\"currency\":\"USD\","
                             + "\"rateToCny\":7.1},\"capitalSchedule\":[{\"dueOn\":\"2027-06-30\",\"amountWan\":1000}],"
                             + "\"promisedDays\":[{\"milestone\":\"REGISTERED\",\"dueOn\":\"2027-01-31\"},"
                             + "{\"milestone\":\"CONSTRUCTION_STARTED\",\"dueOn\":\"2027-09-30\"}],"
                             + "\"annualTaxWan\":300,\"jobs\":80,\"landAreaMu\":12.5,\"building\":\"奥体金融中心\"}";

        assertThat(send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments", commitments, "\"7\"")
                           .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> changed = send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments",
                                              commitments, "\"0\"");
        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(changed.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments", commitments, "\"0\"")
                           .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments", commitments, "7")
                           .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode stored = json.readTree(as("staff").getForEntity("/api/projects/" + project, String.class).getBody());
        assertThat(stored.at("/commitments/totalInvestment/cnyWan").decimalValue()).isEqualByComparingTo("2130");
        assertThat(stored.at("/commitmentsChangedBy").asText()).isEqualTo("staff");

        String tranches = "{\"kind\":\"OFFICE\",\"capitalSchedule\":["
                          + "{\"dueOn\":\"2027-01-01\",\"amountWan\":1},".repeat(41)
                          + "{\"dueOn\":\"2027-01-01\",\"amountWan\":1}],\"building\":\"" + "楼".repeat(201) + "\","
                          + "\"jobs\":1e40,\"promisedDays\":[{\"milestone\":\"LAND_SUPPLIED\",\"dueOn\":\"2027-01-01\"}]}";
        ResponseEntity<String> bad = send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments",
                                          tranches, null);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void progressIsRecordedVerifiedByAnotherManagerAndTheLeadFollowsItsMilestones() throws Exception {
        String lead = signedLead("staff", "Shinsei Capital");
        String project = firstProject("staff", lead).get("projectId").asText();
        String progress = "/api/projects/" + project + "/progress";
        String licence = document("staff", lead, "营业执照.pdf", false);
        String receipt = document("manager", lead, "银行回单.pdf", false);

        ResponseEntity<String> recorded = send("staff", HttpMethod.POST, progress,
                                               "{\"kind\":\"MILESTONE\",\"milestone\":\"REGISTERED\",\"day\":\""
                                               + TODAY + "\",\"evidence\":[\"" + licence + "\"]}", null);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        String registered = json.readTree(recorded.getBody()).get("id").asText();
        assertThat(send("staff", HttpMethod.POST, progress, "{\"kind\":\"MILESTONE\",\"milestone\":\"LAND_SUPPLIED\","
                                                          + "\"day\":\"" + TODAY + "\"}", null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> byStaff = send("staff", HttpMethod.POST, progress + "/" + registered + "/verify",
                                              "{\"decision\":\"APPROVED\"}", null);
        assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("manager", HttpMethod.POST, progress + "/nope/verify", "{\"decision\":\"APPROVED\"}", null)
                           .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> approved = send("manager", HttpMethod.POST, progress + "/" + registered + "/verify",
                                               "{\"decision\":\"APPROVED\"}", null);
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send("manager", HttpMethod.POST, progress + "/" + registered + "/verify",
                        "{\"decision\":\"APPROVED\"}", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // the verified registration is the lead's: it moves to LANDED, and cannot go back behind it
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                json.readTree(as("staff").getForEntity("/api/leads/" + lead, String.class).getBody())
                    .get("stage").asText()).isEqualTo("LANDED"));
        await().atMost(WAIT).untilAsserted(() -> {
            ResponseEntity<String> back = send("manager", HttpMethod.POST, "/api/leads/" + lead + "/stage",
                                               "{\"to\":\"SIGNED\",\"comment\":\"registration withdrawn\"}", null);
            assertThat(back.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(back.getBody()).at("/errors/0/rule").asText()).isEqualTo("verified-milestone");
        });

        ResponseEntity<String> own = send("manager", HttpMethod.POST, progress,
                                          "{\"kind\":\"CAPITAL_ARRIVED\",\"amountWan\":800,\"day\":\"" + TODAY
                                          + "\",\"evidence\":[\"" + receipt + "\"]}", null);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> ownVerified = send("manager", HttpMethod.POST, progress + "/"
                + json.readTree(own.getBody()).get("id").asText() + "/verify", "{\"decision\":\"APPROVED\"}", null);
        assertThat(ownVerified.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(ownVerified.getBody()).get("detail").asText())
                .isEqualTo("Nobody verifies a fact they recorded themselves: another manager verifies it");
    }

    @Test
    void aMoveToOperatingRecordsTheMilestoneForVerificationInTheMoversName() throws Exception {
        String lead = signedLead("staff", "Daiwa Health");
        String project = firstProject("staff", lead).get("projectId").asText();

        assertThat(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/stage",
                        "{\"to\":\"OPERATING\",\"registeredOn\":\"" + TODAY + "\"}", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode facts = json.readTree(as("staff").getForEntity("/api/projects/" + project, String.class)
                                                      .getBody()).get("progress");
            assertThat(facts).hasSize(2);
            for (JsonNode fact : facts) {
                assertThat(fact.get("origin").asText()).isEqualTo("LEAD_STAGE");
                assertThat(fact.get("recordedBy").asText()).isEqualTo("staff");
                assertThat(fact.get("state").asText()).isEqualTo("PENDING");
            }
            assertThat(facts.findValuesAsText("milestone")).containsExactly("REGISTERED", "OPERATING");
        });
    }

    @Test
    void aReturnedFactGoesBackToItsRecorderWithTheReason() throws Exception {
        String lead = signedLead("staff", "Hana Securities");
        String project = firstProject("staff", lead).get("projectId").asText();
        String progress = "/api/projects/" + project + "/progress";
        String fact = json.readTree(send("staff", HttpMethod.POST, progress,
                                         "{\"kind\":\"JOBS\",\"count\":45,\"day\":\"" + TODAY + "\"}", null)
                                            .getBody()).get("id").asText();

        ResponseEntity<String> noReason = send("manager", HttpMethod.POST, progress + "/" + fact + "/verify",
                                               "{\"decision\":\"RETURNED\"}", null);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noReason.getBody()).at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(send("manager", HttpMethod.POST, progress + "/" + fact + "/verify",
                        "{\"decision\":\"RETURNED\",\"reason\":\"attach the social insurance list\"}", null)
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode mine = json.readTree(as("staff").getForEntity("/api/projects/returned-to-me", String.class)
                                                     .getBody()).get("items");
            assertThat(mine.findValuesAsText("progressId")).contains(fact);
        });
        assertThat(json.readTree(as("manager").getForEntity("/api/projects/returned-to-me", String.class).getBody())
                       .get("items").findValuesAsText("progressId")).doesNotContain(fact);

        String list = document("staff", lead, "社保名单.pdf", false);
        assertThat(send("staff", HttpMethod.POST, progress, "{\"kind\":\"JOBS\",\"count\":45,\"day\":\"" + TODAY
                                                          + "\",\"evidence\":[\"" + list + "\"],\"replaces\":\"" + fact
                                                          + "\"}", null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                json.readTree(as("staff").getForEntity("/api/projects/returned-to-me", String.class).getBody())
                    .get("items").findValuesAsText("progressId")).doesNotContain(fact));
    }

    @Test
    void aFurtherAgreementAddsAProjectOfTheIncreaseAlone() throws Exception {
        String lead = signedLead("staff", "Sumitomo Trust");
        firstProject("staff", lead);

        ResponseEntity<String> added = send("staff", HttpMethod.POST, "/api/leads/" + lead + "/projects",
                                            "{\"agreementSignedOn\":\"" + TODAY + "\",\"agreementReference\":\"增资-1\","
                                            + "\"basis\":\"CAPITAL_INCREASE\",\"commitments\":{\"kind\":\"OFFICE\","
                                            + "\"registeredCapital\":{\"amountWan\":2000},"
                                            + "\"totalInvestment\":{\"amountWan\":2000}}}", null);
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/projects",
                        "{\"agreementSignedOn\":\"" + TODAY + "\",\"agreementReference\":\"X\","
                        + "\"basis\":\"CAPITAL_INCREASE\",\"commitments\":{}}", null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode projects = json.readTree(as("staff").getForEntity("/api/leads/" + lead + "/projects",
                                                                       String.class).getBody()).get("projects");
            assertThat(projects.findValuesAsText("basis")).containsExactlyInAnyOrder("FIRST_SIGNING",
                                                                                     "CAPITAL_INCREASE");
        });
        assertThat(as("staff").getForEntity("/api/projects/unknown-project", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void ambassadorsSeeAndRecordOnlyOnTheirOwnLeadsProjectsAndNeverVerify() throws Exception {
        String theirs = create("ambassador", "{\"companyNameEn\":\"Fleet Street Fintech\",\"market\":\"LONDON\"}");
        sign("manager", theirs);
        String theirProject = firstProject("manager", theirs).get("projectId").asText();
        String other = signedLead("staff", "Barings Asia");
        String otherProject = firstProject("staff", other).get("projectId").asText();

        assertThat(as("ambassador").getForEntity("/api/leads/" + theirs + "/projects", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("ambassador").getForEntity("/api/projects/" + theirProject, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("ambassador").getForEntity("/api/leads/" + other + "/projects", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("ambassador").getForEntity("/api/projects/" + otherProject, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("ambassador", HttpMethod.POST, "/api/projects/" + otherProject + "/progress",
                        "{\"kind\":\"JOBS\",\"count\":3,\"day\":\"" + TODAY + "\"}", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> recorded = send("ambassador", HttpMethod.POST, "/api/projects/" + theirProject
                                                                              + "/progress",
                                               "{\"kind\":\"JOBS\",\"count\":3,\"day\":\"" + TODAY + "\"}", null);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(send("ambassador", HttpMethod.PUT, "/api/projects/" + theirProject + "/commitments",
                        "{\"kind\":\"OFFICE\"}", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("ambassador", HttpMethod.POST, "/api/projects/" + theirProject + "/progress/"
                + json.readTree(recorded.getBody()).get("id").asText() + "/verify", "{\"decision\":\"APPROVED\"}",
                        null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin").getForEntity("/api/projects/" + theirProject, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/projects/" + theirProject, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTrancheMayBeStatedInAForeignCurrencyWithItsRateAndCountsInCny() throws Exception {
        String lead = signedLead("staff", "Nikko Asset");
        String project = firstProject("staff", lead).get("projectId").asText();
        String commitments = "{\"kind\":\"OFFICE\",\"totalInvestment\":{\"amountWan\":5000},\"capitalSchedule\":["
                             + "{\"dueOn\":\"2027-06-30\",\"stated\":{\"amountWan\":300,\"currency\":\"USD\","
                             + "\"rateToCny\":7.1}},{\"dueOn\":\"2027-12-31\",\"amountWan\":1000}]}";

        ResponseEntity<String> changed = send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments",
                                              commitments, null);
        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode schedule = json.readTree(as("staff").getForEntity("/api/projects/" + project, String.class)
                                                     .getBody()).at("/commitments/capitalSchedule");
        assertThat(schedule.get(0).get("amountWan").decimalValue()).isEqualByComparingTo("2130");
        assertThat(schedule.get(0).at("/stated/currency").asText()).isEqualTo("USD");
        assertThat(schedule.get(0).at("/stated/amountWan").decimalValue()).isEqualByComparingTo("300");
        assertThat(schedule.get(1).get("amountWan").decimalValue()).isEqualByComparingTo("1000");

        ResponseEntity<String> noRate = send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments",
                                             "{\"kind\":\"OFFICE\",\"capitalSchedule\":[{\"dueOn\":\"2027-06-30\","
                                             + "\"stated\":{\"amountWan\":300,\"currency\":\"USD\"}}]}", null);
        assertThat(noRate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noRate.getBody()).at("/errors/0/field").asText())
                .isEqualTo("capitalSchedule[0].stated.rateToCny");
        ResponseEntity<String> beyond = send("staff", HttpMethod.PUT, "/api/projects/" + project + "/commitments",
                                             "{\"kind\":\"OFFICE\",\"totalInvestment\":{\"amountWan\":2000},"
                                             + "\"capitalSchedule\":[{\"dueOn\":\"2027-06-30\",\"stated\":"
                                             + "{\"amountWan\":300,\"currency\":\"USD\",\"rateToCny\":7.1}}]}", null);
        assertThat(json.readTree(beyond.getBody()).at("/errors/0/rule").asText()).isEqualTo("beyond-total");
    }

    @Test
    void aLeadMovedBackOutOfSignedWithdrawsItsProjectAndSigningTheSameAgreementAgainReinstatesIt() throws Exception {
        String lead = signedLead("staff", "Resona Capital");
        String project = firstProject("staff", lead).get("projectId").asText();

        ResponseEntity<String> back = send("staff", HttpMethod.POST, "/api/leads/" + lead + "/stage",
                                           "{\"to\":\"INTENT\",\"comment\":\"the board did not approve\"}", null);
        assertThat(back.getStatusCode()).as(back.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode withdrawn = json.readTree(as("staff").getForEntity("/api/projects/" + project, String.class)
                                                          .getBody());
            assertThat(withdrawn.at("/withdrawal/by").asText()).isEqualTo("staff");
            assertThat(withdrawn.at("/withdrawal/reason").asText()).contains("INTENT", "the board did not approve");
        });
        ResponseEntity<String> refused = send("staff", HttpMethod.POST, "/api/projects/" + project + "/progress",
                                              "{\"kind\":\"JOBS\",\"count\":3,\"day\":\"" + TODAY + "\"}", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).at("/errors/0/rule").asText()).isEqualTo("withdrawn");

        sign("staff", lead);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode projects = json.readTree(as("staff").getForEntity("/api/leads/" + lead + "/projects",
                                                                       String.class).getBody()).get("projects");
            assertThat(projects).hasSize(1);
            assertThat(projects.get(0).get("projectId").asText()).isEqualTo(project);
            JsonNode withdrawal = projects.get(0).path("withdrawal");
            assertThat(withdrawal.isNull() || withdrawal.isMissingNode()).as(withdrawal.toString()).isTrue();
        });
    }

    @Test
    void aLeadLostAfterSigningWithdrawsItsProjectAndReopeningItReinstatesIt() throws Exception {
        String lead = signedLead("staff", "Kyoto Bioworks");
        String project = firstProject("staff", lead).get("projectId").asText();

        ResponseEntity<String> lost = send("staff", HttpMethod.POST, "/api/leads/" + lead + "/lose",
                                           "{\"reason\":\"PROJECT_CANCELLED\",\"detail\":\"parent company sold\"}",
                                           null);
        assertThat(lost.getStatusCode()).as(lost.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                json.readTree(as("staff").getForEntity("/api/projects/" + project, String.class).getBody())
                    .at("/withdrawal/reason").asText()).contains("SIGNED", "PROJECT_CANCELLED", "parent company sold"));

        ResponseEntity<String> reopened = send("manager", HttpMethod.POST, "/api/leads/" + lead + "/reopen",
                                               "{\"comment\":\"the buyer goes on with it\"}", null);
        assertThat(reopened.getStatusCode()).as(reopened.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode withdrawal = json.readTree(as("staff").getForEntity("/api/projects/" + project, String.class)
                                                           .getBody()).path("withdrawal");
            assertThat(withdrawal.isNull() || withdrawal.isMissingNode()).as(withdrawal.toString()).isTrue();
        });
    }

    @Test
    void evidenceIsDocumentsOfTheProjectsOwnLeadOrTheFactIsRefusedAndNothingChanges() throws Exception {
        String lead = signedLead("staff", "Orix Capital");
        String other = create("staff", "{\"companyNameEn\":\"Orix Other\",\"market\":\"JAPAN\"}");
        String project = firstProject("staff", lead).get("projectId").asText();
        String progress = "/api/projects/" + project + "/progress";
        String own = document("staff", lead, "银行回单.pdf", false);
        String othersLeads = document("staff", other, "别家回单.pdf", false);

        for (String evidence : new String[]{UUID.randomUUID().toString(), othersLeads}) {
            ResponseEntity<String> refused = send("staff", HttpMethod.POST, progress,
                                                  "{\"kind\":\"CAPITAL_ARRIVED\",\"amountWan\":800,\"day\":\""
                                                  + TODAY + "\",\"evidence\":[\"" + own + "\",\"" + evidence
                                                  + "\"]}", null);
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            JsonNode error = json.readTree(refused.getBody()).at("/errors/0");
            assertThat(error.get("field").asText()).isEqualTo("evidence[1]");
            assertThat(error.get("rule").asText()).isEqualTo("unknown-document");
        }
        ResponseEntity<String> unchanged = as("staff").getForEntity("/api/projects/" + project, String.class);
        assertThat(unchanged.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(json.readTree(unchanged.getBody()).get("progress")).isEmpty();

        ResponseEntity<String> recorded = send("staff", HttpMethod.POST, progress,
                                               "{\"kind\":\"CAPITAL_ARRIVED\",\"amountWan\":800,\"day\":\"" + TODAY
                                               + "\",\"evidence\":[\"" + own + "\"]}", null);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anAmbassadorNeverSeesNorCitesADocumentOfTheirLeadThatIsNotShared() throws Exception {
        String theirs = create("ambassador", "{\"companyNameEn\":\"Fleet Street Evidence\",\"market\":\"LONDON\"}");
        sign("manager", theirs);
        String project = firstProject("manager", theirs).get("projectId").asText();
        String internal = document("manager", theirs, "内部回单.pdf", false);
        String shared = document("manager", theirs, "签约照片.pdf", true);
        ResponseEntity<String> recorded = send("manager", HttpMethod.POST, "/api/projects/" + project + "/progress",
                                               "{\"kind\":\"JOBS\",\"count\":12,\"day\":\"" + TODAY
                                               + "\",\"evidence\":[\"" + internal + "\",\"" + shared + "\"]}", null);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);

        assertThat(as("manager").getForEntity("/api/projects/" + project, String.class).getBody())
                .contains(internal, shared);
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                as("manager").getForEntity("/api/leads/" + theirs + "/projects", String.class).getBody())
                .contains(internal));
        for (String path : new String[]{"/api/projects/" + project, "/api/leads/" + theirs + "/projects"}) {
            ResponseEntity<String> seen = as("ambassador").getForEntity(path, String.class);
            assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(seen.getBody()).as(path).contains(shared).doesNotContain(internal);
        }
        for (String path : new String[]{"/api/documents/" + internal, "/api/documents/" + internal + "/meta"}) {
            assertThat(as("ambassador").getForEntity(path, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(as("ambassador").getForEntity("/api/leads/" + theirs + "/documents", String.class).getBody())
                .contains(shared).doesNotContain(internal);

        ResponseEntity<String> cited = send("ambassador", HttpMethod.POST, "/api/projects/" + project + "/progress",
                                            "{\"kind\":\"JOBS\",\"count\":13,\"day\":\"" + TODAY
                                            + "\",\"evidence\":[\"" + internal + "\"]}", null);
        ResponseEntity<String> unknown = send("ambassador", HttpMethod.POST, "/api/projects/" + project + "/progress",
                                              "{\"kind\":\"JOBS\",\"count\":13,\"day\":\"" + TODAY
                                              + "\",\"evidence\":[\"" + UUID.randomUUID() + "\"]}", null);
        assertThat(cited.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutInstance(cited)).isEqualTo(withoutInstance(unknown));
        assertThat(send("ambassador", HttpMethod.POST, "/api/projects/" + project + "/progress",
                        "{\"kind\":\"JOBS\",\"count\":13,\"day\":\"" + TODAY + "\",\"evidence\":[\"" + shared
                        + "\"]}", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String withoutInstance(ResponseEntity<String> response) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode problem =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(response.getBody());
        problem.remove("instance");
        return problem.toString();
    }

    /** A PDF uploaded to the lead; its id. */
    private String document(String caller, String lead, String name, boolean shareable) throws Exception {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.APPLICATION_PDF);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        byte[] pdf = "%PDF-1.7\n%evidence\n".getBytes(StandardCharsets.US_ASCII);
        form.add("file", new HttpEntity<>(new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return name;
            }
        }, partHeaders));
        form.add("leadId", lead);
        form.add("shareable", Boolean.toString(shareable));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> created = as(caller).postForEntity("/api/documents", new HttpEntity<>(form, headers),
                                                                  String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("id").asText();
    }

    private JsonNode firstProject(String caller, String lead) {
        JsonNode[] project = new JsonNode[1];
        await().atMost(WAIT).untilAsserted(() -> {
            ResponseEntity<String> projects = as(caller).getForEntity("/api/leads/" + lead + "/projects",
                                                                      String.class);
            assertThat(projects.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode list = json.readTree(projects.getBody()).get("projects");
            assertThat(list).isNotEmpty();
            project[0] = list.get(0);
        });
        return project[0];
    }

    private String signedLead(String owner, String company) throws Exception {
        String lead = create(owner, "{\"companyNameEn\":\"" + company + "\",\"market\":\"JAPAN\"}");
        sign(owner, lead);
        return lead;
    }

    /** Moves the lead to SIGNED, meeting every gate on the way. */
    private void sign(String caller, String lead) {
        assertThat(send(caller, HttpMethod.PUT, "/api/leads/" + lead + "/numbers",
                        "{\"investmentAmountWan\":5000,\"targetZone\":\"FINANCIAL_CITY_CLUSTER\"}", null)
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send(caller, HttpMethod.POST, "/api/leads/" + lead + "/activities",
                        "{\"type\":\"VISIT_BY_THEM\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"visit\"}", null)
                           .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> moved = send(caller, HttpMethod.POST, "/api/leads/" + lead + "/stage",
                                            "{\"to\":\"SIGNED\",\"agreementSignedOn\":\"" + TODAY
                                            + "\",\"agreementReference\":\"LX-" + lead.substring(0, 6) + "\"}", null);
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String create(String caller, String body) throws Exception {
        ResponseEntity<String> created = send(caller, HttpMethod.POST, "/api/leads", body, null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("leadId").asText();
    }

    private TestRestTemplate as(String caller) {
        return http.withBasicAuth(caller, "demo");
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return as(caller).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
