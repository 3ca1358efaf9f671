package org.zhaoshang.crm.notification.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.mail.javamail.JavaMailSender;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.notification.api.Attachment;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.GroupWebhooks;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NoticeAttachments;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.notification.inbox.DigestTime;
import org.zhaoshang.crm.notification.inbox.NoticeStore;
import org.zhaoshang.crm.notification.inbox.StoredNotifications;
import org.zhaoshang.crm.notification.mail.NoticeMailer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real SMTP server (GreenMail) on the embedded store, with a clock the test moves: each notice
 * is e-mailed once in its reader's language with a link back, whatever is posted twice or sent by two senders; a mail
 * server that is down delays it (back-off) without losing it; a delivery that keeps failing is given up and listed.
 */
class OutboxTest {

    private static final String PUBLIC_URL = "https://crm.example.gov.cn";
    /** 10:00 in Shanghai */
    private static final Instant MORNING = Instant.parse("2026-12-07T02:00:00Z");

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private final AdvancingClock clock = new AdvancingClock(MORNING);
    private final Map<String, NotificationSettings> settings = new HashMap<>();
    private final List<String> robotMessages = new CopyOnWriteArrayList<>();
    private final List<MongoClient> otherClients = new ArrayList<>();
    private MailServer mail;
    private MongoDatabase database;
    private RuntimeException robotFailure;

    @BeforeEach
    void store() {
        database = STORE.database("outbox-" + UUID.randomUUID().toString().substring(0, 8));
        mail = new MailServer();
        wants("li.na", "li.na@example.com", "zh", NotificationChannel.IN_APP, NotificationChannel.EMAIL);
        wants("ann", "ann@example.co.uk", "en", NotificationChannel.IN_APP, NotificationChannel.EMAIL);
        wants("wang", "wang@example.com", "zh", NotificationChannel.IN_APP, NotificationChannel.DIGEST);
    }

    @AfterEach
    void stop() {
        mail.down();
        otherClients.forEach(MongoClient::close);
    }

    @Test
    void aNoticeIsEMailedOnceInItsReadersLanguageWithALinkBack() throws Exception {
        mail.up();
        posting(database).post(instruction("instruction:1", "li.na", "ann"));

        assertThat(sender(database, 10).sendDue()).isEqualTo(2);
        assertThat(sender(database, 10).sendDue()).isZero();

        MimeMessage[] received = mail.received();
        assertThat(received).hasSize(2);
        MimeMessage english = to("ann@example.co.uk", received);
        assertThat(english.getSubject()).isEqualTo("Leader's instruction: Barclays");
        assertThat(english.getFrom()[0].toString()).isEqualTo("crm@example.gov.cn");
        Map<String, String> parts = MailParts.of(english);
        assertThat(parts.get("text/plain")).contains("赵立新 wrote an instruction on Barclays: speed it up")
                                           .contains("Open in the application: " + PUBLIC_URL + "/leads/L-1")
                                           .contains("please do not reply");
        assertThat(parts.get("text/html")).contains("href=\"" + PUBLIC_URL + "/leads/L-1\"")
                                          .contains("speed it up");
        MimeMessage chinese = to("li.na@example.com", received);
        assertThat(chinese.getSubject()).isEqualTo("领导批示：Barclays");
        assertThat(MailParts.of(chinese).get("text/plain")).contains("在系统中查看: " + PUBLIC_URL + "/leads/L-1")
                                                           .contains("请勿直接回复");
        assertThat(stored("instruction:1|ann").get(StoredNotifications.IN_APP, Boolean.class)).isTrue();
        assertThat(delivery("instruction:1|ann").getString(StoredNotifications.STATUS)).isEqualTo("SENT");
    }

    @Test
    void theSameNoticePostedTwiceOrOnTwoNodesIsOneInboxItemAndOneEMail() throws Exception {
        mail.up();
        Notice notice = instruction("instruction:twice", "li.na");
        posting(database).post(notice);
        posting(database).post(notice);
        posting(anotherNode()).post(notice);

        sender(database, 10).sendDue();
        sender(anotherNode(), 10).sendDue();

        assertThat(notifications().countDocuments(new Document(StoredNotifications.RECIPIENT, "li.na"))).isEqualTo(1);
        assertThat(mail.received()).hasSize(1);
    }

    @Test
    void twoSendersOnTheSameStoreSendEachDeliveryOnce() throws Exception {
        mail.up();
        for (int i = 0; i < 30; i++) {
            posting(database).post(new Notice("instruction:race-" + i, NotificationKind.INSTRUCTION, "/leads/L-" + i,
                                              Map.of("company", "Company " + i), MORNING, Set.of("ann"), null,
                                              null));
        }
        List<OutboxSender> senders = List.of(sender(database, 1), sender(anotherNode(), 1));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxSender sender : senders) {
                sent.add(threads.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int round = 0; round < 100; round++) {
                        total += sender.sendDue();
                    }
                    return total;
                }));
            }
            start.countDown();
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.received()) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void whileTheMailServerIsDownTheEMailWaitsWithBackOffAndGoesOnceWhenItIsBack() throws Exception {
        posting(database).post(instruction("instruction:down", "ann"));
        OutboxSender sender = sender(database, 10);

        assertThat(sender.sendDue()).isZero();
        Document first = delivery("instruction:down|ann");
        assertThat(first.getString(StoredNotifications.STATUS)).isEqualTo("PENDING");
        assertThat(first.getInteger(StoredNotifications.ATTEMPTS)).isEqualTo(1);
        assertThat(first.getDate(StoredNotifications.DUE).toInstant()).isEqualTo(MORNING.plus(Duration.ofMinutes(1)));
        assertThat(first.getString(StoredNotifications.LAST_ERROR)).contains("mail server")
                                                                  .doesNotContain("ann@").doesNotContain("Barclays");
        clock.advance(Duration.ofSeconds(59));
        sender.sendDue();
        assertThat(delivery("instruction:down|ann").getInteger(StoredNotifications.ATTEMPTS)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        assertThat(delivery("instruction:down|ann").getDate(StoredNotifications.DUE).toInstant())
                .as("doubled: two minutes after the second attempt")
                .isEqualTo(MORNING.plus(Duration.ofMinutes(3)));

        mail.up();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).as("not due yet").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> mail.received().length == 1);
        clock.advance(Duration.ofHours(2));
        assertThat(sender.sendDue()).isZero();
        assertThat(mail.received()).hasSize(1);
        assertThat(delivery("instruction:down|ann").getString(StoredNotifications.STATUS)).isEqualTo("SENT");
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpListedAndCountedWithoutItsSecrets() {
        robotFailure = new DeliveryFailedException(
                "the robot answered 500 at https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET-KEY");
        posting(database).post(instruction("instruction:robot", "ann"));
        OutboxSender sender = sender(database, 3);

        for (int attempt = 0; attempt < 5; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(1));
        }

        Deliveries deliveries = new Deliveries(database);
        List<DeliveryFailure> failures = deliveries.failures(10);
        assertThat(failures).hasSize(2).extracting(DeliveryFailure::recipient)
                            .containsExactlyInAnyOrder("ann", "webhook:wecom-bureau");
        DeliveryFailure robot = failures.stream().filter(failure -> failure.recipient().startsWith("webhook:"))
                                        .findFirst().orElseThrow();
        assertThat(robot.attempts()).isEqualTo(3);
        assertThat(robot.kind()).isEqualTo(NotificationKind.INSTRUCTION);
        assertThat(robot.lastError()).contains("the robot answered 500 at <url>").doesNotContain("SECRET");
        Health health = new NotificationHealth(deliveries, clock).health();
        assertThat(health.getDetails()).containsEntry("failed", 2L).containsEntry("pending", 0L);

        deliveries.retry(robot.id(), clock.instant());
        robotFailure = null;
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(robotMessages).containsExactly("wecom-bureau:instruction:robot");
        assertThat(deliveries.failures(10)).extracting(DeliveryFailure::recipient).containsExactly("ann");
    }

    @Test
    void theDigestSendsTheDaysNoticesAsOneEMailAtItsHour() throws Exception {
        mail.up();
        NoticeStore posting = posting(database);
        posting.post(instruction("instruction:d1", "wang"));
        clock.advance(Duration.ofHours(1));
        posting.post(new Notice("returned:d2", NotificationKind.PROGRESS_RETURNED, "/leads/L-2?tab=projects",
                                Map.of("company", "汇丰", "fact", "注册", "reason", "缺少营业执照",
                                       "returnedBy", "王建国"), clock.instant(), Set.of("wang"), null, null));
        DigestSender digest = digest(database);

        assertThat(sender(database, 10).sendDue()).isZero();
        assertThat(digest.sendDue()).as("before 18:00").isZero();
        clock.advance(Duration.ofHours(7)); // 18:00 in Shanghai
        assertThat(digest.sendDue()).isEqualTo(1);
        assertThat(digest.sendDue()).isZero();

        assertThat(mail.received()).hasSize(1);
        MimeMessage sent = mail.received()[0];
        assertThat(sent.getSubject()).isEqualTo("每日提醒汇总（2 条）");
        assertThat(MailParts.of(sent).get("text/plain")).contains("领导批示：Barclays")
                                                        .contains("履约进展被退回：汇丰")
                                                        .contains(PUBLIC_URL + "/leads/L-2?tab=projects");
        assertThat(delivery("instruction:d1|wang").getString(StoredNotifications.STATUS)).isEqualTo("SENT");
        assertThat(delivery("returned:d2|wang").getString(StoredNotifications.STATUS)).isEqualTo("SENT");
    }

    @Test
    void aReportReadyEMailCarriesTheReportsFile() throws Exception {
        mail.up();
        posting(database).post(new Notice("report:DISPATCH:2026-W49", NotificationKind.REPORT_READY, "/reports",
                                          Map.of("report", "DISPATCH", "period", "2026-W49"), MORNING,
                                          Set.of("ann"), null, null));

        sender(database, 10).sendDue();

        MimeMessage sent = mail.received()[0];
        assertThat(sent.getSubject()).isEqualTo("Weekly dispatch of key projects (2026-W49) is ready");
        assertThat(MailParts.of(sent)).containsEntry("attachment", "dispatch-2026-W49.docx");
    }

    @Test
    void withoutAMailServerNothingIsToBeEMailedAndTheNoticeStaysInTheInbox() {
        NoticeStore posting = new NoticeStore(database, settings::get, mailer(null), robots(), new DigestTime(18),
                                                  clock);
        posting.post(instruction("instruction:nomail", "ann"));

        assertThat(stored("instruction:nomail|ann").get(StoredNotifications.DELIVERY)).isNull();
        assertThat(stored("instruction:nomail|ann").getBoolean(StoredNotifications.IN_APP)).isTrue();
    }

    private void wants(String username, String email, String language, NotificationChannel... channels) {
        Map<NotificationKind, Set<NotificationChannel>> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, EnumSet.copyOf(Arrays.asList(channels)));
        }
        settings.put(username, new NotificationSettings(username, email, language, all, 1));
    }

    private static Notice instruction(String reason, String... recipients) {
        return new Notice(reason, NotificationKind.INSTRUCTION, "/leads/L-1",
                          Map.of("company", "Barclays", "leader", "赵立新", "text", "speed it up"), MORNING,
                          Set.of(recipients), null, null);
    }

    private NoticeStore posting(MongoDatabase on) {
        return new NoticeStore(on, settings::get, mailer(mail.client()), robots(), new DigestTime(18), clock);
    }

    private OutboxSender sender(MongoDatabase on, int maxAttempts) {
        return new OutboxSender(new Deliveries(on), transports(), settings(maxAttempts), clock);
    }

    private DigestSender digest(MongoDatabase on) {
        OutboxSettings outbox = settings(10);
        return new DigestSender(new Deliveries(on), transports(), sender(on, 10), outbox, clock);
    }

    private static OutboxSettings settings(int maxAttempts) {
        return new OutboxSettings(true, Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofMinutes(1),
                                  Duration.ofHours(1), maxAttempts, 50);
    }

    private DeliveryTransports transports() {
        NoticeAttachments files = (notice, username, language) -> Optional.of(new Attachment(
                "dispatch-" + notice.params().get("period") + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{1, 2, 3}));
        return new DeliveryTransports(mailer(mail.client()), robots(), provider(NoticeAttachments.class, files));
    }

    private NoticeMailer mailer(JavaMailSender client) {
        return new NoticeMailer(provider(JavaMailSender.class, client), PUBLIC_URL, "crm@example.gov.cn");
    }

    /** A robot of the whole bureau that takes instructions; it fails while {@link #robotFailure} is set. */
    private ObjectProvider<GroupWebhooks> robots() {
        return provider(GroupWebhooks.class, new GroupWebhooks() {
            @Override
            public List<String> targetsFor(Notice notice) {
                return notice.reason().equals("instruction:robot") ? List.of("wecom-bureau") : List.of();
            }

            @Override
            public void send(String webhookId, Notice notice) {
                if (robotFailure != null) {
                    throw robotFailure;
                }
                robotMessages.add(webhookId + ":" + notice.reason());
            }
        });
    }

    private static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (bean != null) {
            beans.addBean(type.getSimpleName(), bean);
        }
        return beans.getBeanProvider(type);
    }

    /** The same database through a client of its own, as a second node has. */
    private MongoDatabase anotherNode() {
        MongoClient client = MongoClients.create(STORE.connectionString());
        otherClients.add(client);
        return client.getDatabase(database.getName());
    }

    private MongoCollection<Document> notifications() {
        return database.getCollection(StoredNotifications.COLLECTION);
    }

    private Document stored(String id) {
        return notifications().find(new Document("_id", id)).first();
    }

    private Document delivery(String id) {
        return stored(id).get(StoredNotifications.DELIVERY, Document.class);
    }

    private static MimeMessage to(String address, MimeMessage[] received) throws Exception {
        for (MimeMessage message : received) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }
}
