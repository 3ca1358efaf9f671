package org.zhaoshang.crm.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, through its chromedriver (no Selenium Manager download), on one app; the few moves a
 * user makes in Vaadin's components, found by their visible labels and texts.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    Browser(int port, String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--no-first-run", "--window-size=1400,900", "--lang=" + language,
                             "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                                                                   .build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        base = "http://127.0.0.1:" + port;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the test without Chromium, except in CI, which must run the browser tests. */
    static void requireOrSkip(String test) {
        if (!available()) {
            String reason = "[" + test + "] no Chromium at " + CHROMIUM + " / " + CHROMEDRIVER;
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": CI must run the browser tests");
            }
            org.junit.jupiter.api.Assumptions.abort(reason);
        }
    }

    /** A screenshot under target/screenshots as {@code <prefix>-<name>.png}, and a copy as {@code dir/<name>.png}. */
    void screenshot(Path dir, String prefix, String name) {
        screenshot(prefix + "-" + name);
        try {
            Files.createDirectories(dir);
            Files.copy(SCREENSHOTS.resolve(prefix + "-" + name + ".png"), dir.resolve(name + ".png"),
                       StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    void signIn(String user, String password) {
        open("/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
            .sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    void click(String buttonText) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space()='" + buttonText + "']")));
        try {
            button.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException coveredForChromedriver) {
            // chromedriver sometimes computes the click point outside Vaadin's layout: click it as the page would
            driver.executeScript("arguments[0].click()", button);
        }
        waitForVaadin();
    }

    /**
     * Drags the board card showing {@code cardText} onto the column of {@code stage} as a mouse would, through the
     * HTML5 drag events Vaadin listens to (chromedriver's mouse moves fire none of them).
     */
    void dragCard(String cardText, String stage) {
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'board-card')][.//*[normalize-space(text())='" + cardText + "']]")));
        WebElement column = driver.findElement(By.cssSelector(".board-column[data-stage='" + stage + "']"));
        driver.executeScript("""
                const [card, column] = arguments;
                const transfer = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                        new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: transfer}));
                fire(card, 'dragstart');
                fire(column, 'dragenter');
                fire(column, 'dragover');
                fire(column, 'drop');
                fire(card, 'dragend');
                """, card, column);
        waitForVaadin();
    }

    void clickText(String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[normalize-space(text())='" + text + "']")));
        clickInView(element);
    }

    /** Clicks the first element of this selector that is shown (a unit sized by its area may be too narrow to). */
    void clickFirstShown(String cssSelector) {
        WebElement element = wait.until(page -> page.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        clickInView(element);
    }

    /** Scrolled to the middle of its scrolling parents first: a stacking plan's lower floors lie below the fold. */
    private void clickInView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException coveredForChromedriver) {
            driver.executeScript("arguments[0].click()", element);
        }
        waitForVaadin();
    }

    /** Types into the text, number or text-area field with this label and leaves it. */
    void fill(String label, String value) {
        type(label, value, Keys.TAB);
    }

    /** Types into the combo box or date picker with this label and commits with Enter. */
    void choose(String label, String value) {
        type(label, value, Keys.ENTER);
    }

    /** In the open dialog, if one is open (the view behind may have a field of the same label). */
    private void type(String label, String value, Keys commit) {
        input(label).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, commit);
        waitForVaadin();
    }

    private WebElement input(String label) {
        String field = "//*[label[normalize-space()='" + label + "']]//*[self::input or self::textarea]";
        boolean dialogOpen = !driver.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty();
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                dialogOpen ? "//vaadin-dialog-overlay[@opened]" + field : field)));
    }

    /** What the field with this label shows. */
    String valueOf(String label) {
        return input(label).getDomProperty("value");
    }

    /**
     * Opens the calendar of the date field with this label at the month titled {@code monthTitle} and picks the day
     * {@code day} in it; the texts the calendar showed (its month titles, weekdays and buttons) before the pick.
     */
    List<String> pickDay(String label, String monthTitle, int day) {
        int width = driver.manage().window().getSize().getWidth();
        WebElement field = input(label);
        try {
            field.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException underAToast) {
            // a confirmation toast may still lie over the field on a phone's narrow screen: click it as a user would
            // once the toast is gone, through the page
            driver.executeScript("arguments[0].click()", field);
        }
        String calendars = """
                const deep = root => [...root.querySelectorAll('*')]
                        .flatMap(element => element.shadowRoot ? [element, ...deep(element.shadowRoot)] : [element]);
                const months = deep(document).filter(element => element.localName === 'vaadin-month-calendar'
                        && element.shadowRoot && element.getBoundingClientRect().height > 0);
                """;
        wait.until(driver -> (Boolean) ((ChromeDriver) driver).executeScript(calendars + """
                return months.some(month => month.shadowRoot.querySelector('[part~="month-header"]')
                        .textContent.trim() === arguments[0]);""", monthTitle));
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) driver.executeScript(calendars + """
                const headers = months.flatMap(month => [...month.shadowRoot.querySelectorAll(
                        '[part~="month-header"], [part~="weekday"]')]);
                const buttons = deep(document).filter(element => element.localName === 'vaadin-button'
                        && ['today-button', 'cancel-button'].includes(element.getAttribute('slot')));
                return [...headers, ...buttons].map(element => element.textContent.trim())
                        .filter(text => text.length > 0);""");
        screenshot("dates-picker-open-" + monthTitle.replaceAll("\\W", "") + "-" + width);
        WebElement cell = (WebElement) driver.executeScript(calendars + """
                const month = months.find(month => month.shadowRoot.querySelector('[part~="month-header"]')
                        .textContent.trim() === arguments[0]);
                return [...month.shadowRoot.querySelectorAll('td[role="gridcell"]')]
                        .find(cell => cell.textContent.trim() === String(arguments[1]));""", monthTitle, day);
        cell.click();
        waitForVaadin();
        return texts;
    }

    /** Runs JavaScript in the page; what it returns. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    void waitForText(String text) {
        wait.until(driver -> driver.getPageSource().contains(text));
    }

    boolean shows(String text) {
        return driver.getPageSource().contains(text);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the page afresh and times it (ms) from the start of navigation to the frame drawn once {@code ready} (a
     * JavaScript expression) holds with every request to Vaadin answered: when the user sees the view usable.
     */
    double timeUntilUsable(String path, String ready) {
        driver.get(base + path);
        return ((Number) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const idle = () => !!window.Vaadin && !!window.Vaadin.Flow
                        && Object.values(window.Vaadin.Flow.clients || {}).every(client => !client.isActive());
                // a frame's callbacks run before it is painted: the time is taken once the next frame was drawn
                const check = () => {
                  if (idle() && (%s)) {
                    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
                  } else {
                    requestAnimationFrame(check);
                  }
                };
                check();""".formatted(ready))).doubleValue();
    }

    /** Forgets the signed-in session and opens a new tab: the next sign-in starts a session of its own. */
    void newSessionInNewTab() {
        driver.manage().deleteAllCookies();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    }

    /** The window at this size (CSS pixels), as a desk or a phone shows the page. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        if (driver.getCurrentUrl().startsWith(base)) {
            waitForVaadin();
        }
    }

    /** The text of every element the CSS selector finds (shown or scrolled away), in page order. */
    List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream()
                     .map(element -> element.getDomProperty("textContent")).toList();
    }

    /** Scrolls the first grid the CSS selector finds to this row; it renders the rows around it. */
    void scrollGridTo(String cssSelector, int row) {
        driver.executeScript("document.querySelector(arguments[0]).scrollToIndex(arguments[1])", cssSelector, row);
        waitForVaadin();
    }

    /** Clicks the first element the CSS selector finds, holding these keys (ctrl, as for a new tab). */
    void clickCss(String cssSelector, Keys... held) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        org.openqa.selenium.interactions.Actions actions = new org.openqa.selenium.interactions.Actions(driver);
        for (Keys key : held) {
            actions.keyDown(key);
        }
        actions.click(element);
        for (Keys key : held) {
            actions.keyUp(key);
        }
        actions.perform();
        waitForVaadin();
    }

    /** The attribute of the first element the CSS selector finds. */
    String attribute(String cssSelector, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector))).getDomAttribute(name);
    }

    /** The address of each open tab, the current one first. */
    List<String> tabs() {
        String current = driver.getWindowHandle();
        List<String> urls = new ArrayList<>();
        urls.add(driver.getCurrentUrl());
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(current)) {
                driver.switchTo().window(handle);
                urls.add(driver.getCurrentUrl());
            }
        }
        driver.switchTo().window(current);
        return urls;
    }

    /** Hands a file to the first upload the CSS selector finds, as if chosen in its file dialog (issue 19). */
    void upload(String cssSelector, Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
        WebElement input = (WebElement) driver.executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    /** Clicks the button with this text inside the element of this class that shows {@code containing} (issue 19). */
    void clickIn(String cssClass, String containing, String buttonText) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(concat(' ', @class, ' '), ' " + cssClass + " ')][contains(., '" + containing + "')]"
                + "//vaadin-button[normalize-space()='" + buttonText + "']")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
        waitForVaadin();
    }

    /** Until the page no longer shows the text (issue 19). */
    void waitForTextGone(String text) {
        wait.until(driver -> !driver.getPageSource().contains(text));
    }

    /** The page's address. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Until the page's address ends so. */
    void waitForPath(String ending) {
        wait.until(driver -> driver.getCurrentUrl().endsWith(ending));
        waitForVaadin();
    }

    /** Until Vaadin has answered every request the page made. */
    private void waitForVaadin() {
        wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                + ".every(client => !client.isActive())")));
    }

    @Override
    public void close() {
        try {
            List<String> refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                                         .stream().map(org.openqa.selenium.logging.LogEntry::getMessage)
                                         .filter(message -> message.contains("Content Security Policy")).toList();
            if (!refused.isEmpty()) {
                throw new AssertionError("The page broke its Content-Security-Policy: " + refused);
            }
        } finally {
            driver.quit();
        }
    }
}
