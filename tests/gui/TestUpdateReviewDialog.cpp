#include "WidgetDriver.h"
#include "gui/UpdateReviewDialog.h"
#include "support/TestEnvironment.h"
#include "updates/UpdateCheck.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

// The review of one instance's update: what it shows (changelog, migration, downtime, roll back),
// Apply now or a scheduled time, no Apply for a refused update, and a release in between chosen.
class TestUpdateReviewDialog : public QObject
{
    Q_OBJECT

    static InstanceRecord instance()
    {
        InstanceRecord r;
        r.uuid = QUuid::createUuid();
        r.name = QStringLiteral("INST-20261129120000");
        r.company = QStringLiteral("OOO Romashka");
        return r;
    }

    static UpdateAvailability update()
    {
        UpdateAvailability a;
        a.current = QStringLiteral("1.0.0");
        a.available = QStringLiteral("1.1.0");
        a.severity = ReleaseManifest::Severity::Major;
        a.migration = true;
        a.estimatedDowntimeMs = 5000;
        a.manifest.changelog.added = {QStringLiteral("Reminders by e-mail")};
        a.manifest.changelog.fixed = {QStringLiteral("Time zones in reports")};
        ReleaseManifest::MigrationStep step;
        step.file = QStringLiteral("database/migrations/012.sql");
        step.description = QStringLiteral("adds the reminders table");
        a.manifest.migrationSteps = {step};
        return a;
    }

private slots:
    void showsWhatTheUpdateMeans()
    {
        UpdateReviewDialog dialog(instance(), update(), 7, true);
        WidgetDriver ui(&dialog);
        QVERIFY(ui.text(QStringLiteral("headingLabel")).contains(QStringLiteral("from 1.0.0 to 1.1.0")));
        QCOMPARE(ui.text(QStringLiteral("severityValue")), QStringLiteral("major"));
        QVERIFY(
            ui.text(QStringLiteral("migrationValue")).contains(QStringLiteral("adds the reminders table")));
        QCOMPARE(ui.text(QStringLiteral("downtimeValue")), update().downtimeText());
        QVERIFY(ui.text(QStringLiteral("rollbackValue")).contains(QStringLiteral("to 1.0.0")));
        const QString changelog = ui.find<QPlainTextEdit>(QStringLiteral("changelogView"))->toPlainText();
        QVERIFY(changelog.contains(QStringLiteral("Reminders by e-mail")));
        QVERIFY(changelog.contains(QStringLiteral("Time zones in reports")));
        // What it looked like, for a person to look at (not compared).
        dialog.grab().save(TestEnvironment::freshDirectory(QStringLiteral("update-review-screen")) +
                           QStringLiteral("/update-review.png"));

        UpdateAvailability noRollback = update();
        noRollback.rollbackSupported = false;
        noRollback.migration = false;
        UpdateReviewDialog other(instance(), noRollback, 7, true);
        WidgetDriver otherUi(&other);
        QCOMPARE(otherUi.text(QStringLiteral("migrationValue")), QStringLiteral("no"));
        QVERIFY(otherUi.text(QStringLiteral("rollbackValue")).startsWith(QStringLiteral("not possible")));
    }

    void applyNowOrSchedule()
    {
        UpdateReviewDialog dialog(instance(), update(), 7, true);
        dialog.show();
        WidgetDriver ui(&dialog);
        auto* apply = ui.find<QPushButton>(QStringLiteral("applyButton"));
        QCOMPARE(apply->text(), QStringLiteral("&Apply now"));
        QVERIFY(!dialog.applyAt().isValid());
        ui.click(QStringLiteral("scheduleRadio"));
        QCOMPARE(apply->text(), QStringLiteral("Sc&hedule"));
        auto* time = ui.find<QDateTimeEdit>(QStringLiteral("maintenanceTimeEdit"));
        QVERIFY(time->isEnabled());
        QCOMPARE(dialog.applyAt(), time->dateTime());
        QVERIFY(dialog.applyAt() > QDateTime::currentDateTime());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Without scheduling in the engine there is no choice of time.
        UpdateReviewDialog now(instance(), update(), 7, false);
        QVERIFY(now.findChild<QWidget*>(QStringLiteral("whenGroup"))->isHidden());
        QVERIFY(!now.applyAt().isValid());
    }

    void aRefusedUpdateOffersNoApply()
    {
        UpdateAvailability refused = update();
        refused.refusal = QStringLiteral("1.1.0 updates only from 1.0.0 or newer; this instance runs 0.9.0");
        UpdateReviewDialog dialog(instance(), refused, 7, true);
        WidgetDriver ui(&dialog);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->isHidden());
        QVERIFY(ui.text(QStringLiteral("refusalLabel")).contains(refused.refusal));
        auto* buttons = ui.find<QDialogButtonBox>(QStringLiteral("buttonBox"));
        QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);
        // Without a release list there is nothing else to choose.
        QVERIFY(ui.find<QComboBox>(QStringLiteral("targetCombo"))->isHidden());
    }

    void aReleaseInBetweenCanBeChosen()
    {
        // 1.2.0 needs 1.1.0 first: the check offers 1.2.0, refused; Update to offers 1.1.0.
        QList<ReleaseManifest> releases;
        for (const char* json : {R"({"version": "1.1.0", "severity": "minor", "database_migration": true,
                                     "migration_steps": [{"type": "sql", "file": "database/migrations/012.sql"}],
                                     "changelog": {"added": ["Reminders by e-mail"]}, "minimum_version": "1.0.0"})",
                                 R"({"version": "1.2.0", "severity": "major",
                                     "changelog": {"added": ["Priorities"]}, "minimum_version": "1.1.0"})"}) {
            const ReleaseManifest::Parsed parsed = ReleaseManifest::parse(QByteArray(json));
            QVERIFY2(parsed.ok(), qPrintable(parsed.problems.join(u'\n')));
            releases << parsed.manifest;
        }
        const UpdateAvailability newest = UpdateCheck::evaluate(QStringLiteral("1.0.0"), releases);
        QCOMPARE(newest.available, QStringLiteral("1.2.0"));
        QVERIFY(!newest.refusal.isEmpty());
        UpdateReviewDialog dialog(instance(), newest, 7, true, nullptr, releases);
        dialog.show();
        WidgetDriver ui(&dialog);
        auto* target = ui.find<QComboBox>(QStringLiteral("targetCombo"));
        auto* apply = ui.find<QPushButton>(QStringLiteral("applyButton"));
        QVERIFY(target->isVisible());
        QCOMPARE(target->count(), 2);
        QCOMPARE(target->currentText(), QStringLiteral("1.2.0"));
        QVERIFY(!apply->isVisible());
        QVERIFY(ui.find<QLabel>(QStringLiteral("refusalLabel"))->isVisible());

        target->setCurrentText(QStringLiteral("1.1.0"));
        QVERIFY(apply->isVisible());
        QVERIFY(!ui.find<QLabel>(QStringLiteral("refusalLabel"))->isVisible());
        QVERIFY(ui.find<QWidget>(QStringLiteral("whenGroup"))->isVisible());
        QVERIFY(ui.text(QStringLiteral("headingLabel")).contains(QStringLiteral("from 1.0.0 to 1.1.0")));
        QCOMPARE(ui.text(QStringLiteral("severityValue")), QStringLiteral("minor"));
        QVERIFY(ui.find<QPlainTextEdit>(QStringLiteral("changelogView"))
                    ->toPlainText()
                    .contains(QStringLiteral("Reminders by e-mail")));
        QCOMPARE(dialog.update().available, QStringLiteral("1.1.0"));
        QCOMPARE(ui.find<QDialogButtonBox>(QStringLiteral("buttonBox"))->standardButtons(),
                 QDialogButtonBox::Cancel);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestUpdateReviewDialog)
#include "TestUpdateReviewDialog.moc"
