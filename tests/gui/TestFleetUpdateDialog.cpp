#include "WidgetDriver.h"
#include "gui/FleetUpdateDialog.h"
#include "gui/UpdatesModel.h"
#include "support/FakeGitHubServer.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

// The fleet dialog before it runs: the releases offered, the wave plan shown as the choices change
// (canary, share), instances on the target listed as skipped, an unreachable one kept with its
// check's failure, and choices that make no plan named inline with Update fleet unavailable. Then
// a run: the release fetched from the local GitHub server and verified, the canary's server refusing
// the connection, the fleet halted with the rest not started, and the summary saying so.
class TestFleetUpdateDialog : public QObject
{
    Q_OBJECT

    static FleetWavePlan::Candidate candidate(const QString& name, const QString& current, int daysAgo,
                                              const QString& checkError = QString())
    {
        FleetWavePlan::Candidate c;
        c.instance.uuid = QUuid::createUuid();
        c.instance.name = name;
        c.instance.sshHost = name.toLower() + QStringLiteral(".example.ru");
        c.instance.mode = QStringLiteral("production");
        c.instance.version = QStringLiteral("1.0.0");
        c.instance.deployedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        c.current = current;
        c.checkError = checkError;
        return c;
    }
    static ReleaseManifest release(const QString& version)
    {
        ReleaseManifest m = ReleaseManifest::implicitPatch(*SemanticVersion::parse(version));
        m.severity = ReleaseManifest::Severity::Minor;
        return m;
    }
    static QList<FleetWavePlan::Candidate> fleet()
    {
        return {candidate(QStringLiteral("INST-B"), QStringLiteral("1.0.0"), 5),
                candidate(QStringLiteral("INST-A"), QStringLiteral("1.0.0"), 10),
                candidate(QStringLiteral("INST-C"), QString(), 20, QStringLiteral("connection refused")),
                candidate(QStringLiteral("INST-ON"), QStringLiteral("1.1.0"), 1)};
    }
    static QString cell(QTableWidget* table, int row, int column)
    {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QStringLiteral("<none>");
    }
    static void choose(QComboBox* combo, const QString& text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setFocus();
        combo->setCurrentIndex(index);
    }

private slots:
    void showsThePlan()
    {
        FleetUpdateDialog dialog(fleet(),
                                 {release(QStringLiteral("1.0.0")), release(QStringLiteral("1.1.0"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        WidgetDriver ui(&dialog);
        auto* releases = ui.find<QComboBox>(QStringLiteral("releaseCombo"));
        QCOMPARE(releases->count(), 1); // only what is newer than the fleet's oldest version
        QCOMPARE(releases->currentData().toString(), QStringLiteral("1.1.0"));
        auto* table = ui.find<QTableWidget>(QStringLiteral("planTable"));
        QCOMPARE(table->rowCount(), 4);
        // The canary is the oldest reachable deployment; the unreachable one comes last.
        QCOMPARE(cell(table, 0, 0), QStringLiteral("1/3"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("INST-A"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("1.0.0 → 1.1.0"));
        QCOMPARE(cell(table, 1, 0), QStringLiteral("2/3"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("INST-B"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("INST-C"));
        QVERIFY(cell(table, 2, 4).contains(QStringLiteral("connection refused")));
        QCOMPARE(cell(table, 3, 0), QStringLiteral("skipped"));
        QCOMPARE(cell(table, 3, 4), QStringLiteral("already on 1.1.0"));
        QVERIFY(!ui.shows(QStringLiteral("errorLabel")));
        QVERIFY(ui.find<QPushButton>(QStringLiteral("startButton"))->isEnabled());

        // The whole rest in the second wave.
        ui.type(QStringLiteral("shareSpin"), QStringLiteral("100"));
        QCOMPARE(ui.find<QSpinBox>(QStringLiteral("shareSpin"))->value(), 100);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("1/2"));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("2/2"));
        // The unreachable one as the canary.
        choose(ui.find<QComboBox>(QStringLiteral("canaryCombo")), QStringLiteral("INST-C"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("INST-C"));
        QCOMPARE(dialog.plan()->waves.first().first().instance.name, QStringLiteral("INST-C"));
    }

    void aCanaryOnTheTargetIsRefusedInline()
    {
        FleetUpdateDialog dialog(fleet(), {release(QStringLiteral("1.1.0"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        WidgetDriver ui(&dialog);
        choose(ui.find<QComboBox>(QStringLiteral("canaryCombo")), QStringLiteral("INST-ON"));
        QVERIFY(ui.shows(QStringLiteral("errorLabel")));
        QVERIFY2(ui.text(QStringLiteral("errorLabel"))
                     .contains(QStringLiteral("INST-ON needs no update to 1.1.0")),
                 qPrintable(ui.text(QStringLiteral("errorLabel"))));
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("startButton"))->isEnabled());
        QCOMPARE(ui.find<QTableWidget>(QStringLiteral("planTable"))->rowCount(), 0);
        choose(ui.find<QComboBox>(QStringLiteral("canaryCombo")), QStringLiteral("Automatic"));
        QVERIFY(!ui.shows(QStringLiteral("errorLabel")));
        QVERIFY(ui.find<QPushButton>(QStringLiteral("startButton"))->isEnabled());
        // Close before anything ran.
        ui.click(QStringLiteral("closeButton"));
        QVERIFY(!dialog.isVisible());
    }

    void nothingToUpdateSaysSo()
    {
        FleetUpdateDialog dialog({candidate(QStringLiteral("INST-ON"), QStringLiteral("1.1.0"), 1)},
                                 {release(QStringLiteral("1.1.0"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        WidgetDriver ui(&dialog);
        QVERIFY(ui.shows(QStringLiteral("errorLabel")));
        QVERIFY2(ui.text(QStringLiteral("errorLabel")).contains(QStringLiteral("check all first")),
                 qPrintable(ui.text(QStringLiteral("errorLabel"))));
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("startButton"))->isEnabled());
    }

    void aRunHaltsWhenTheCanaryFails()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("fleet-dialog"));
        QString archive, checksums, error;
        QVERIFY2(SampleRelease::build(dir, &archive, &checksums, &error), qPrintable(error));
        QFile a(archive), c(checksums);
        QVERIFY(a.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        FakeGitHubServer github;
        QVERIFY(github.listen());
        github.addRelease(
            QStringLiteral("v") + SampleRelease::version(), QDateTime::currentDateTimeUtc(),
            {{QFileInfo(archive).fileName(), a.readAll()}, {QStringLiteral("checksums.txt"), c.readAll()}});
        qputenv("KKT_GITHUB_API_URL", github.baseUrl().toEncoded());
        qputenv("KKT_CACHE_DIR", (dir + QStringLiteral("/cache")).toUtf8());
        qunsetenv("KKT_GITHUB_TOKEN");

        QList<FleetWavePlan::Candidate> unreachable;
        const quint16 closed = TestEnvironment::freePort();
        for (const QString& name :
             {QStringLiteral("INST-20261129140001"), QStringLiteral("INST-20261129140002")}) {
            FleetWavePlan::Candidate x = candidate(name, QString(), 1, QStringLiteral("connection refused"));
            x.instance.instanceNumber = name;
            x.instance.sshHost = QStringLiteral("127.0.0.1");
            x.instance.sshPort = closed;
            x.instance.sshUser = QStringLiteral("root");
            x.instance.hostKeyFingerprint =
                QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            x.instance.payloadProfile = SampleRelease::profile();
            unreachable << x;
        }
        FleetUpdateDialog dialog(unreachable, {release(SampleRelease::version())});
        dialog.setJournalPath(dir + QStringLiteral("/journal.sqlite"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        WidgetDriver ui(&dialog);
        ui.click(QStringLiteral("startButton"));
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("closeButton"))->isEnabled()); // it must end first
        QTRY_VERIFY_WITH_TIMEOUT(ui.text(QStringLiteral("summaryLabel")).contains(QStringLiteral("halted")),
                                 120000);
        QVERIFY2(ui.text(QStringLiteral("summaryLabel")).contains(QStringLiteral("1 failed")),
                 qPrintable(ui.text(QStringLiteral("summaryLabel"))));
        auto* table = ui.find<QTableWidget>(QStringLiteral("planTable"));
        QCOMPARE(cell(table, 0, 4), QStringLiteral("failed"));
        QCOMPARE(cell(table, 1, 4), QStringLiteral("not started"));
        QVERIFY(ui.find<QPushButton>(QStringLiteral("closeButton"))->isEnabled());
        QVERIFY(!ui.find<QPushButton>(QStringLiteral("startButton"))->isEnabled());
        qunsetenv("KKT_GITHUB_API_URL");
        qunsetenv("KKT_CACHE_DIR");
    }

    void candidatesAreTheCheckedRows()
    {
        UpdatesModel model;
        InstanceRecord a, b;
        a.uuid = QUuid::createUuid();
        a.name = QStringLiteral("INST-A");
        b.uuid = QUuid::createUuid();
        b.name = QStringLiteral("INST-B");
        model.setInstances({a, b});
        UpdateAvailability checked;
        checked.instance = b.uuid;
        checked.instanceName = b.name;
        checked.current = QStringLiteral("1.0.0");
        checked.available = QStringLiteral("1.1.0");
        model.setChecked(checked);
        const QList<FleetWavePlan::Candidate> candidates = FleetUpdateDialog::candidatesFrom(model);
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().instance.name, QStringLiteral("INST-B"));
        QCOMPARE(candidates.first().current, QStringLiteral("1.0.0"));
    }
};

QTEST_MAIN(TestFleetUpdateDialog)
#include "TestFleetUpdateDialog.moc"
