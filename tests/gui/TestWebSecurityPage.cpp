#include "WidgetDriver.h"
#include "core/ConfigValidator.h"
#include "gui/FileDialogs.h"
#include "gui/WebSecurityPage.h"
#include "support/SampleRelease.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

// TLS, firewall and payload profile on their page, checked by the rules `validate` uses.
class TestWebSecurityPage : public QObject
{
    Q_OBJECT

    // What the command line's `validate` says about `field`.
    static ValidationIssue webIssue(const DeploymentConfig& config, const QString& field)
    {
        for (const ValidationIssue& issue : ConfigValidator::validate(config).issues)
            if (issue.field == field)
                return issue;
        return {};
    }

private slots:
    void defaultsAreLetsEncryptAndManagedFirewall()
    {
        DeploymentConfig config;
        const DeploymentConfig before = config;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        WidgetDriver ui(&page);
        QVERIFY(page.isComplete());
        QCOMPARE(config, before);
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("letsEncryptRadio"))->isChecked());
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("manageFirewallRadio"))->isChecked());
        QVERIFY(!ui.find<QLineEdit>(QStringLiteral("certificateEdit"))->isEnabled());
        QVERIFY(!ui.find<QCheckBox>(QStringLiteral("acceptNoTlsCheck"))->isVisible());
    }

    void existingCertificateNeedsReadableLocalFiles()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("existingCertificateRadio"));
        QCOMPARE(config.web.tls, TlsMode::Existing);
        QVERIFY(!page.isComplete());
        ui.type(QStringLiteral("certificateEdit"), QStringLiteral("certs/kkt.pem"));
        QVERIFY(ui.shows(QStringLiteral("certificateError")));
        // The page says what `validate` says.
        const ValidationIssue issue = webIssue(config, QStringLiteral("web.certificateFile"));
        QVERIFY(!issue.problem.isEmpty());
        QVERIFY(ui.text(QStringLiteral("certificateError")).contains(issue.problem));
        QVERIFY(ui.text(QStringLiteral("certificateError")).contains(issue.fix));
        // The files are on this computer (KKT Deploy uploads them); their pairing is checked later.
        QTemporaryDir dir;
        const QString certificate = dir.filePath(QStringLiteral("kkt.pem"));
        const QString key = dir.filePath(QStringLiteral("kkt.key"));
        for (const QString& path : {certificate, key}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        ui.type(QStringLiteral("certificateEdit"), certificate);
        ui.type(QStringLiteral("keyEdit"), key);
        QVERIFY(page.isComplete());
        QCOMPARE(config.web.certificateFile, certificate);
        QCOMPARE(config.web.keyFile, key);
        QVERIFY(webIssue(config, QStringLiteral("web.certificateFile")).problem.isEmpty());
        QVERIFY(webIssue(config, QStringLiteral("web.keyFile")).problem.isEmpty());
    }

    void plainHttpInProductionNeedsTheAcknowledgement()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("noTlsRadio"));
        QCOMPARE(config.web.tls, TlsMode::None);
        QVERIFY(!page.isComplete());
        QVERIFY(ui.shows(QStringLiteral("tlsError")));
        const ValidationIssue issue = webIssue(config, QStringLiteral("web.tls"));
        QVERIFY(!issue.problem.isEmpty());
        QVERIFY(ui.text(QStringLiteral("tlsError")).contains(issue.problem));
        QVERIFY(ui.text(QStringLiteral("tlsError")).contains(issue.fix));
        auto* accept = ui.find<QCheckBox>(QStringLiteral("acceptNoTlsCheck"));
        QVERIFY(accept->isVisible());
        ui.click(QStringLiteral("acceptNoTlsCheck"));
        QVERIFY(page.isComplete());
        QVERIFY(config.web.acceptNoTls);
        QVERIFY(!ui.shows(QStringLiteral("tlsError")));
        QVERIFY(webIssue(config, QStringLiteral("web.tls")).problem.isEmpty());
        // Back to Let's Encrypt: the acknowledgement is not kept for a later "none".
        ui.click(QStringLiteral("letsEncryptRadio"));
        QVERIFY(!config.web.acceptNoTls);
        QVERIFY(!accept->isVisible());
    }

    void testModeNeedsNoAcknowledgement()
    {
        DeploymentConfig config;
        config.mode = DeploymentMode::Test;
        config.web.tls = TlsMode::None;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        page.load(true);
        WidgetDriver ui(&page);
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("noTlsRadio"))->isChecked());
        QVERIFY(!ui.find<QCheckBox>(QStringLiteral("acceptNoTlsCheck"))->isVisible());
        QVERIFY(page.isComplete());
    }

    // Test deployment chosen on Welcome after the page was loaded (a loaded file, Deploy another):
    // the page shows the /test/ choice when it is reached, and no longer asks about plain HTTP.
    void followsTheModeChosenAfterItWasLoaded()
    {
        DeploymentConfig config;
        config.web.tls = TlsMode::None;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        page.load(true);
        WidgetDriver ui(&page);
        QVERIFY(!ui.find<QWidget>(QStringLiteral("testWebGroup"))->isVisible());
        QVERIFY(ui.find<QCheckBox>(QStringLiteral("acceptNoTlsCheck"))->isVisible());
        config.mode = DeploymentMode::Test;
        page.initializePage();
        QVERIFY(ui.find<QWidget>(QStringLiteral("testWebGroup"))->isVisible());
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("testPathRadio"))->isChecked());
        QVERIFY(!ui.find<QCheckBox>(QStringLiteral("acceptNoTlsCheck"))->isVisible());
        QVERIFY(page.isComplete());
    }

    void firewallAndProfile()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("leaveFirewallRadio"));
        QCOMPARE(config.firewall, FirewallMode::Leave);
        ui.type(QStringLiteral("profileEdit"), QStringLiteral("/no/such/profile.json"));
        QVERIFY(ui.shows(QStringLiteral("profileError")));
        QVERIFY(!page.isComplete());
        FileDialogs::setNextFileName(SampleRelease::profile());
        ui.click(QStringLiteral("browseProfileButton"));
        QCOMPARE(config.profile, SampleRelease::profile());
        QVERIFY(page.isComplete());
        ui.type(QStringLiteral("profileEdit"), QString());
        QVERIFY(config.profile.isEmpty());
        QVERIFY(page.isComplete());
    }

    void loadedFileShowsAtOnce()
    {
        DeploymentConfig config;
        config.web = {TlsMode::Existing, QStringLiteral("relative.pem"), QStringLiteral("/etc/ssl/k.key"),
                      false};
        config.firewall = FirewallMode::Leave;
        DeploymentSecrets secrets;
        WebSecurityPage page(&config, &secrets);
        page.show();
        page.load(true);
        WidgetDriver ui(&page);
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("existingCertificateRadio"))->isChecked());
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("leaveFirewallRadio"))->isChecked());
        QCOMPARE(ui.text(QStringLiteral("keyEdit")), QStringLiteral("/etc/ssl/k.key"));
        QVERIFY(ui.shows(QStringLiteral("certificateError")));
        QVERIFY(!page.isComplete());
    }
};

QTEST_MAIN(TestWebSecurityPage)
#include "TestWebSecurityPage.moc"
