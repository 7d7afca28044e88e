#include "gui/ReleasePicker.h"
#include "gui/SystemSettingsPage.h"

#include "gui/WidgetDriver.h"
#include "support/ArchiveBuilder.h"
#include "support/FakeGitHubServer.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

// Hides the page before it is destroyed. A page destroyed while one of its edited fields has focus
// gets editingFinished → refresh() from ~QWidget, after its own destructor ran (reported to the
// GUI owner); hiding first delivers that focus-out while the page is whole.
struct HideFirst
{
    QWidget* page;
    ~HideFirst() { page->hide(); }
};

// The System settings page's release picker against a local GitHub, and on local files.
class TestReleasePicker : public QObject
{
    Q_OBJECT

    FakeGitHubServer m_server;
    QString m_dir;
    QByteArray m_archive;

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString writeArchive(const QString& name, const ArchiveBuilder& builder)
    {
        const QString path = m_dir + u'/' + name;
        return builder.write(path).isEmpty() ? path : QString();
    }

    static QByteArray checksums(const QByteArray& data, const QString& name)
    {
        return "\xEF\xBB\xBF" + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + "  " +
               name.toUtf8() + "\r\n";
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("picker"));
        QVERIFY(m_server.listen());
        m_archive = read(writeArchive(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10()));
        m_server.addRelease(
            QStringLiteral("v1.0.0"), QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC),
            {{QStringLiteral("kkt-app-v1.0.0.tar.gz"), m_archive},
             {QStringLiteral("checksums.txt"), checksums(m_archive, QStringLiteral("kkt-app-v1.0.0.tar.gz"))},
             {QStringLiteral("manifest.json"), R"({"version":"1.0.0","severity":"critical"})"}});
        m_server.addRelease(QStringLiteral("v1.0.1-test"), QDateTime(QDate(2024, 7, 1), QTime(9, 0), Qt::UTC),
                            {}, true);
        qputenv("KKT_GITHUB_API_URL", m_server.baseUrl().toEncoded());
        qputenv("KKT_CACHE_DIR", TestEnvironment::freshDirectory(QStringLiteral("picker-cache")).toUtf8());
    }

    void listsReleasesWithDatesAndSeverity()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        SystemSettingsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("loadReleasesButton"));
        auto* table = ui.find<QTreeWidget>(QStringLiteral("releaseTable"));
        QTRY_COMPARE(table->topLevelItemCount(), 2);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("v1.0.1-test"));
        QVERIFY(table->topLevelItem(0)->text(3).contains(QStringLiteral("pre-release")));
        QVERIFY(table->topLevelItem(0)->text(3).contains(QStringLiteral("cannot be deployed")));
        QCOMPARE(table->topLevelItem(1)->text(1),
                 QLocale().toString(QDate(2024, 6, 1), QLocale::ShortFormat));
        QTRY_COMPARE(table->topLevelItem(1)->text(2), QStringLiteral("critical"));
        QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("—"));

        // Picking one sets the page's choice.
        table->setCurrentItem(table->topLevelItem(1));
        ui.click(QStringLiteral("useReleaseButton"));
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("tagReleaseRadio"))->isChecked());
        QCOMPARE(ui.find<QLineEdit>(QStringLiteral("releaseTagEdit"))->text(), QStringLiteral("v1.0.0"));
        QCOMPARE(config.release.tag, QStringLiteral("v1.0.0"));
        QCOMPARE(config.release.source, ReleaseSource::Tag);

        // Verify fetches it into the cache, checks it and lists the inspection's warnings.
        auto* picker = page.findChild<ReleasePicker*>();
        QSignalSpy verified(picker, &ReleasePicker::verifyFinished);
        ui.click(QStringLiteral("verifyReleaseButton"));
        QVERIFY(verified.wait(30000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(ui.text(QStringLiteral("verifyResultLabel"))));
        QVERIFY(ui.text(QStringLiteral("verifyResultLabel")).contains(QStringLiteral("intact")));
        QCOMPARE(ui.find<QListWidget>(QStringLiteral("verifyWarningsList"))->count(), 3);
        QVERIFY(QFile::exists(qEnvironmentVariable("KKT_CACHE_DIR") +
                              QStringLiteral("/releases/1.0.0/kkt-app-v1.0.0.tar.gz")));
    }

    void rateLimitShownInline()
    {
        FakeGitHubServer limited;
        QVERIFY(limited.listen());
        limited.setRateLimited(QDateTime::currentDateTimeUtc().addSecs(1800));
        qputenv("KKT_GITHUB_API_URL", limited.baseUrl().toEncoded());
        DeploymentConfig config;
        DeploymentSecrets secrets;
        SystemSettingsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("loadReleasesButton"));
        QTRY_VERIFY(ui.text(QStringLiteral("releaseListStatusLabel")).contains(QStringLiteral("rate limit")));
        QVERIFY(ui.find<QAbstractButton>(QStringLiteral("loadReleasesButton"))->isEnabled());
        qputenv("KKT_GITHUB_API_URL", m_server.baseUrl().toEncoded());
    }

    // The default choice needs no list: Verify resolves the latest release, fetches it into the
    // cache and hands it on; the second time the archive comes from the cache.
    void latestVerifiesWithoutTheList()
    {
        qputenv("KKT_GITHUB_TOKEN", "test-token");
        qputenv("KKT_CACHE_DIR", TestEnvironment::freshDirectory(QStringLiteral("picker-latest")).toUtf8());
        DeploymentConfig config;
        DeploymentSecrets secrets;
        SystemSettingsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        QVERIFY(ui.find<QRadioButton>(QStringLiteral("latestReleaseRadio"))->isChecked());
        auto* picker = page.findChild<ReleasePicker*>();
        QSignalSpy handedOn(&page, &SystemSettingsPage::releaseVerified);
        QSignalSpy verified(picker, &ReleasePicker::verifyFinished);
        ui.click(QStringLiteral("verifyReleaseButton"));
        QVERIFY(ui.find<QAbstractButton>(QStringLiteral("cancelVerifyButton"))->isVisible());
        QVERIFY(verified.wait(30000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(ui.text(QStringLiteral("verifyResultLabel"))));
        QCOMPARE(handedOn.size(), 1);
        const auto release = handedOn.first().first().value<VerifiedRelease>();
        QCOMPARE(release.tag, QStringLiteral("v1.0.0")); // the pre-release is not "latest"
        QVERIFY(release.answers(config.release));
        QVERIFY(QFile::exists(release.archivePath));

        ui.click(QStringLiteral("verifyReleaseButton"));
        QVERIFY(verified.wait(30000));
        QVERIFY(verified.last().first().toBool());
        QCOMPARE(picker->verifiedRelease(), release);

        // Choosing a tag drops the verdict about the latest release.
        ui.click(QStringLiteral("tagReleaseRadio"));
        ui.type(QStringLiteral("releaseTagEdit"), QStringLiteral("v1.0.0"));
        QVERIFY(!picker->verifiedRelease().isValid());
        qunsetenv("KKT_GITHUB_TOKEN");
    }

    void offlineSaysTheNetwork()
    {
        qputenv("KKT_GITHUB_TOKEN", "test-token");
        qputenv("KKT_GITHUB_API_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(TestEnvironment::freePort()).toUtf8());
        DeploymentConfig config;
        DeploymentSecrets secrets;
        SystemSettingsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        auto* picker = page.findChild<ReleasePicker*>();
        QSignalSpy verified(picker, &ReleasePicker::verifyFinished);
        ui.click(QStringLiteral("verifyReleaseButton"));
        QVERIFY(verified.wait(30000));
        qputenv("KKT_GITHUB_API_URL", m_server.baseUrl().toEncoded());
        qunsetenv("KKT_GITHUB_TOKEN");
        QVERIFY(!verified.first().first().toBool());
        QVERIFY2(ui.text(QStringLiteral("verifyResultLabel")).startsWith(QStringLiteral("Network problem")),
                 qPrintable(ui.text(QStringLiteral("verifyResultLabel"))));
    }

    void verifiesALocalFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("good") << "good" << true << "intact";
        QTest::newRow("escaping symlink") << "symlink" << false << "./web/static";
        QTest::newRow("mismatch") << "mismatch" << false << "checksum mismatch";
        QTest::newRow("explicit SHA-256") << "sha" << true << "intact";
    }
    void verifiesALocalFile()
    {
        QFETCH(QString, kind);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        if (kind == u"symlink")
            b.symlink(QStringLiteral("./web/static"), QStringLiteral("../../../etc"));
        const QString archive = writeArchive(kind + QStringLiteral("-kkt-app-v1.0.0.tar.gz"), b);
        QByteArray data = read(archive);
        if (kind == u"mismatch")
            data += "other";
        const QString sums = m_dir + u'/' + kind + QStringLiteral("-checksums.txt");
        QFile out(sums);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(checksums(data, QFileInfo(archive).fileName()));
        out.close();

        DeploymentConfig config;
        DeploymentSecrets secrets;
        SystemSettingsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        ui.click(QStringLiteral("fileReleaseRadio"));
        ui.type(QStringLiteral("releaseFileEdit"), archive);
        ui.type(QStringLiteral("checksumsEdit"),
                kind == u"sha"
                    ? QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
                    : sums);
        auto* picker = page.findChild<ReleasePicker*>();
        QSignalSpy verified(picker, &ReleasePicker::verifyFinished);
        ui.click(QStringLiteral("verifyReleaseButton"));
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.first().first().toBool(), ok);
        QVERIFY2(ui.text(QStringLiteral("verifyResultLabel")).contains(says),
                 qPrintable(ui.text(QStringLiteral("verifyResultLabel"))));
        QVERIFY(!ui.find<QProgressBar>(QStringLiteral("verifyProgress"))->isVisible());

        // Another file makes the verdict stale.
        ui.type(QStringLiteral("releaseFileEdit"), archive + QStringLiteral("x"));
        QVERIFY(!picker->isVerified());
        QVERIFY(!ui.shows(QStringLiteral("verifyResultLabel")));
    }
};

QTEST_MAIN(TestReleasePicker)
#include "TestReleasePicker.moc"
