#include "WidgetDriver.h"
#include "gui/UpdateReviewDialog.h"
#include "support/TestEnvironment.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

// The review of one instance's update: what it shows (changelog, migration, downtime, roll back),
// Apply now or a scheduled time, and no Apply for a refused update.
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
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("applyButton")) == nullptr);
        QVERIFY(ui.text(QStringLiteral("refusalLabel")).contains(refused.refusal));
        auto* buttons = ui.find<QDialogButtonBox>(QStringLiteral("buttonBox"));
        QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);
    }
};

QTEST_MAIN(TestUpdateReviewDialog)
#include "TestUpdateReviewDialog.moc"
