package io.quotewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium: the seeds go in through the page's upload form and the whole pipeline
 * (ingest → Kafka → nlp → query), then the commentary's article page, David Maxwell's page and a search.
 * Screenshots are kept in {@code e2e-tests/target/screenshots/}.
 */
class WebPageIT {

    private static final Path SCREENSHOTS = RunningPipeline.ROOT.resolve("e2e-tests/target/screenshots");
    private static final Path SEJONG_SEED = RunningPipeline.ROOT.resolve("seeds/000_6beca85ce06e4a01.txt");
    private static final Path COMMENTARY_SEED = RunningPipeline.ROOT.resolve("seeds/004_6e24b6c3a97ee8ce.txt");
    private static final Duration ENRICHED_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);
    private static final String MAXWELL_WORDS = "We have to keep pushing Kim";

    private static HeadlessChromium browser;
    private static String queryUrl;

    @BeforeAll
    static void startBrowserAndPipeline() {
        browser = HeadlessChromium.start(SCREENSHOTS);
        queryUrl = RunningPipeline.get().queryUrl;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void seedsUploadedOnThePageShowMaxwellsQuoteLinkedToHisPageAndSearchFindsYongbyon() {
        String commentaryId = uploadSeedsAndAwaitEnriched();

        browser.driver.get(queryUrl + "/ui/articles/" + commentaryId);
        WebElement quote = wait(PAGE_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[@id='article-text']//a[contains(@class,'quote') and contains(., '"
                        + MAXWELL_WORDS + "')]")));
        assertThat(quote.getCssValue("background-color")).as("quote highlight").isEqualTo("rgba(255, 241, 184, 1)");
        assertThat(quote.getDomAttribute("title")).startsWith("Said by David Maxwell");
        String speakerLink = quote.getDomProperty("href");
        assertThat(speakerLink).matches(queryUrl.replace(".", "\\.") + "/ui/(entities/\\d+|speakers\\?name=.+)");
        assertThat(text(By.id("quoted-here"))).contains("David Maxwell");
        assertThat(browser.driver.findElements(By.cssSelector("#article-text .mention.type-person"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#article-text script"))).isEmpty();
        browser.screenshot("02-article-commentary");

        quote.click();
        wait(PAGE_TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "David Maxwell"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(speakerLink);
        assertThat(text(By.tagName("main"))).contains(MAXWELL_WORDS);
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/ui/articles/" + commentaryId + "']")))
                .isNotEmpty();
        browser.screenshot("03-speaker-david-maxwell");

        WebElement search = browser.driver.findElement(By.cssSelector(".topsearch input[name=q]"));
        search.sendKeys("Yongbyon", Keys.ENTER);
        wait(PAGE_TIMEOUT).until(ExpectedConditions.urlContains("/ui/search?q=Yongbyon"));
        WebElement hit = wait(PAGE_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".search-results a.hit-title[href^='/ui/articles/" + commentaryId + "']")));
        assertThat(hit.getText()).isNotBlank();
        assertThat(text(By.cssSelector(".search-results"))).contains("Yongbyon");
        assertThat(browser.driver.findElements(By.cssSelector(".search-results mark"))).isNotEmpty();
        browser.screenshot("04-search-yongbyon");

        browser.driver.get(queryUrl + "/?speaker=David%20Maxwell");
        assertThat(text(By.cssSelector(".article-list"))).contains("ENRICHED");
        browser.screenshot("05-articles-by-speaker");

        browser.resize(390, 844);
        browser.driver.get(queryUrl + "/ui/articles/" + commentaryId);
        wait(PAGE_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text a.quote")));
        Number overflow = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("06-article-phone");
        browser.resize(1280, 1600);
    }

    /** Uploads both seeds with the form and waits until the page shows both enriched; the commentary's id. */
    private static String uploadSeedsAndAwaitEnriched() {
        browser.driver.get(queryUrl + "/ui/upload");
        WebElement files = wait(PAGE_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                By.id("upload-files")));
        files.sendKeys(SEJONG_SEED + "\n" + COMMENTARY_SEED);
        browser.driver.findElement(By.id("upload-source")).sendKeys("seeds");
        browser.driver.findElement(By.id("upload-submit")).click();

        By rows = By.cssSelector("#upload-status li[data-article-id]");
        wait(ENRICHED_TIMEOUT).until(driver -> {
            List<WebElement> shown = driver.findElements(rows);
            return shown.size() == 2 && shown.stream().allMatch(row -> !row.findElements(
                    By.cssSelector(".badge.status-enriched, .badge.status-failed")).isEmpty());
        });
        browser.screenshot("01-upload-enriched");
        List<WebElement> shown = browser.driver.findElements(rows);
        assertThat(shown).allSatisfy(row -> assertThat(row.findElements(By.cssSelector(".badge.status-enriched")))
                .as("row %s", row.getText()).hasSize(1));
        return shown.stream()
                .filter(row -> COMMENTARY_SEED.getFileName().toString().equals(row.getDomAttribute("data-file-name")))
                .findFirst().orElseThrow().getDomAttribute("data-article-id");
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser.driver, timeout);
    }

    private static String text(By locator) {
        return browser.driver.findElement(locator).getText();
    }
}
