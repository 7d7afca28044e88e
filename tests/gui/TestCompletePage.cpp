#include "WidgetDriver.h"
#include "gui/CompletePage.h"
#include "gui/FileDialogs.h"
#include "support/TestEnvironment.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

// Catches the URLs the page opens (QDesktopServices' documented handler seam).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

class TestCompletePage : public QObject
{
    Q_OBJECT

    const QString password = QStringLiteral("Sentinel-Generated-Pw-42");

    static DeploymentConfig sample()
    {
        DeploymentConfig c;
        c.server.host = QStringLiteral("203.0.113.10");
        c.server.domain = QStringLiteral("kkt.example.ru");
        c.admin.fullName = QStringLiteral("Ivan Petrov");
        c.admin.email = QStringLiteral("ivan@example.ru");
        c.admin.company = QStringLiteral("OOO Romashka");
        c.telegram.adminIds = {123456789};
        return c;
    }

    DeploymentOutcome outcome(bool withPassword) const
    {
        DeploymentOutcome o;
        o.status = DeploymentOutcome::Status::Succeeded;
        o.deploymentId = QStringLiteral("0f8e2d1c-aaaa-bbbb-cccc-123456789abc");
        o.instanceId = QStringLiteral("INST-20261126003000");
        o.publicUrl = QStringLiteral("http://kkt.example.ru/");
        o.adminEmail = QStringLiteral("ivan@example.ru");
        o.adminPassword = withPassword ? password : QString();
        o.botUsername = QStringLiteral("kkt_client_bot");
        o.version = QStringLiteral("1.0.3");
        o.health = {{QStringLiteral("web"), QStringLiteral("Web application"), true, {}},
                    {QStringLiteral("bot"), QStringLiteral("Telegram bot"), true, {}}};
        return o;
    }

    // The PDF's text, by poppler's pdftotext (scripts/packages.txt: poppler-utils).
    static QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cardShowsTheInstance()
    {
        DeploymentConfig config = sample();
        DeploymentSecrets secrets;
        CompletePage page(&config, &secrets);
        page.show();
        page.setOutcome(outcome(true));
        WidgetDriver ui(&page);
        QCOMPARE(ui.text(QStringLiteral("instanceIdLabel")), QStringLiteral("INST-20261126003000"));
        QVERIFY(ui.text(QStringLiteral("webUrlLabel")).contains(QStringLiteral("http://kkt.example.ru/")));
        QCOMPARE(ui.text(QStringLiteral("adminEmailLabel")), QStringLiteral("ivan@example.ru"));
        QCOMPARE(ui.text(QStringLiteral("adminPasswordLabel")), password);
        QVERIFY(
            ui.text(QStringLiteral("botLinkLabel")).contains(QStringLiteral("https://t.me/kkt_client_bot")));
        QCOMPARE(ui.text(QStringLiteral("versionLabel")), QStringLiteral("1.0.3"));
        ui.click(QStringLiteral("copyPasswordButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QVERIFY(ui.text(QStringLiteral("reportMessageLabel")).contains(QStringLiteral("30 second")));
        ui.click(QStringLiteral("copyInstanceIdButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("INST-20261126003000"));

        // A password this deployment did not set is not shown, and cannot be copied.
        page.setOutcome(outcome(false));
        QCOMPARE(ui.text(QStringLiteral("adminPasswordLabel")), QStringLiteral("unchanged"));
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("copyPasswordButton"))->isEnabled());
        QVERIFY(page.isFinalPage());
    }

    void reportHasCredentialsOnlyWhenChosen()
    {
        DeploymentConfig config = sample();
        DeploymentSecrets secrets;
        CompletePage page(&config, &secrets);
        page.show();
        page.setOutcome(outcome(true));
        WidgetDriver ui(&page);
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("complete-report"));

        const QString plain = dir + QStringLiteral("/report");
        FileDialogs::setNextFileName(plain);
        ui.click(QStringLiteral("saveReportButton"));
        QVERIFY(ui.shows(QStringLiteral("reportMessageLabel")));
        QFile file(plain + QStringLiteral(".pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(file.fileName());
        QVERIFY2(text.contains(QStringLiteral("INST-20261126003000")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1.0.3")));
        QVERIFY(text.contains(QStringLiteral("Web application")));
        QVERIFY(text.contains(QStringLiteral("OOO Romashka")));
        QVERIFY(!text.contains(password));
        QVERIFY(!QFile(file.fileName()).readAll().contains(password.toUtf8()));

        ui.find<QCheckBox>(QStringLiteral("includeCredentialsCheck"))->setChecked(true);
        const QString withPassword = dir + QStringLiteral("/with-password.pdf");
        FileDialogs::setNextFileName(withPassword);
        ui.click(QStringLiteral("saveReportButton"));
        QVERIFY(pdfText(withPassword).contains(password));

        // Cancelled dialog: nothing written.
        FileDialogs::setNextFileName(QString());
        QVERIFY(!page.saveReport());
    }

    void emailAndWebOpenTheirPrograms()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        DeploymentConfig config = sample();
        DeploymentSecrets secrets;
        CompletePage page(&config, &secrets);
        page.show();
        page.setOutcome(outcome(true));
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("emailButton"));
        QCOMPARE(catcher.urls.size(), 1);
        const QUrl mail = catcher.urls.first();
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        QCOMPARE(mail.path(), QStringLiteral("ivan@example.ru"));
        const QString body = QUrlQuery(mail).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY(QUrl::fromPercentEncoding(body.toUtf8()).contains(QStringLiteral("http://kkt.example.ru/")));
        QVERIFY(!QUrl::fromPercentEncoding(mail.toEncoded()).contains(password));
        // Not even when the report may carry it: a mailto: URL is clear text on its way.
        ui.find<QCheckBox>(QStringLiteral("includeCredentialsCheck"))->setChecked(true);
        ui.click(QStringLiteral("emailButton"));
        QCOMPARE(catcher.urls.size(), 2);
        QVERIFY(!QUrl::fromPercentEncoding(catcher.urls.last().toEncoded()).contains(password));
        QVERIFY(!catcher.urls.last().toEncoded().contains(QUrl::toPercentEncoding(password)));

        ui.click(QStringLiteral("openWebButton"));
        QCOMPARE(catcher.urls.last(), QUrl(QStringLiteral("http://kkt.example.ru/")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));

        QSignalSpy another(&page, &CompletePage::deployAnotherRequested);
        ui.click(QStringLiteral("deployAnotherButton"));
        QCOMPARE(another.size(), 1);
        page.clear();
        QVERIFY(page.outcome().adminPassword.isEmpty());
        QVERIFY(ui.text(QStringLiteral("adminPasswordLabel")).isEmpty());
    }
};

QTEST_MAIN(TestCompletePage)
#include "TestCompletePage.moc"
