#include "WidgetDriver.h"
#include "gui/FileDialogs.h"
#include "gui/SystemSettingsPage.h"
#include "support/TestEnvironment.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

class TestSystemSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreComplete();
    void timezonesAreRealIanaZones();
    void alertDaysAreNormalised();
    void releaseChoiceEnablesItsFields();
    void browsePicksReleaseFiles();
};

namespace {

DeploymentConfig defaults()
{
    DeploymentConfig config;
    config.settings.timezone = DeploymentConfig::defaultTimezone();
    return config;
}

} // namespace

void TestSystemSettingsPage::defaultsAreComplete()
{
    DeploymentConfig config = defaults();
    const DeploymentConfig before = config;
    DeploymentSecrets secrets;
    SystemSettingsPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(page.isComplete());
    QCOMPARE(config, before);
    QCOMPARE(ui.text(QStringLiteral("timezoneCombo")), DeploymentConfig::defaultTimezone());
    QCOMPARE(ui.find<QSpinBox>(QStringLiteral("retentionSpin"))->value(), 7);
}

void TestSystemSettingsPage::timezonesAreRealIanaZones()
{
    DeploymentConfig config = defaults();
    DeploymentSecrets secrets;
    SystemSettingsPage page(&config, &secrets);
    auto* combo = WidgetDriver(&page).find<QComboBox>(QStringLiteral("timezoneCombo"));
    QVERIFY(combo->isEditable());
    QVERIFY(combo->findText(QStringLiteral("Europe/Moscow")) >= 0);
    QVERIFY(combo->findText(QStringLiteral("Asia/Vladivostok")) >= 0);
    QCOMPARE(combo->findText(QStringLiteral("UTC+03:00")), -1);
    for (int i = 0; i < combo->count(); ++i)
        QVERIFY2(FieldRules::timezone(combo->itemText(i)).ok(), qPrintable(combo->itemText(i)));
    // The completer finds a zone by any part of its name.
    QCompleter* completer = combo->completer();
    QCOMPARE(completer->filterMode(), Qt::MatchContains);
    completer->setCompletionPrefix(QStringLiteral("vladiv"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Asia/Vladivostok"));
}

void TestSystemSettingsPage::alertDaysAreNormalised()
{
    DeploymentConfig config = defaults();
    DeploymentSecrets secrets;
    SystemSettingsPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    ui.type(QStringLiteral("alertDaysEdit"), QStringLiteral("1; 30 7 30"));
    QVERIFY(page.isComplete());
    QCOMPARE(config.settings.alertDays, (QList<int>{30, 7, 1}));
    ui.type(QStringLiteral("notificationTimeEdit"), QStringLiteral("7:05"));
    QCOMPARE(config.settings.notificationTime, QStringLiteral("07:05"));
    ui.type(QStringLiteral("alertDaysEdit"), QStringLiteral("366"));
    QVERIFY(!page.isComplete());
    QVERIFY(ui.text(QStringLiteral("alertDaysError")).startsWith(QStringLiteral("Alert days: ")));
}

void TestSystemSettingsPage::releaseChoiceEnablesItsFields()
{
    DeploymentConfig config = defaults();
    DeploymentSecrets secrets;
    SystemSettingsPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    auto enabled = [&](const char* name) {
        return ui.find<QWidget>(QString::fromLatin1(name))->isEnabled();
    };
    QVERIFY(!enabled("releaseTagEdit") && !enabled("releaseFileEdit") && !enabled("checksumsEdit"));
    ui.click(QStringLiteral("tagReleaseRadio"));
    QCOMPARE(config.release.source, ReleaseSource::Tag);
    QVERIFY(enabled("releaseTagEdit") && !enabled("releaseFileEdit"));
    QVERIFY(!page.isComplete());
    ui.type(QStringLiteral("releaseTagEdit"), QStringLiteral("v1.0.1-test"));
    QVERIFY(page.isComplete());
    ui.click(QStringLiteral("fileReleaseRadio"));
    QCOMPARE(config.release.source, ReleaseSource::File);
    QVERIFY(!enabled("releaseTagEdit") && enabled("releaseFileEdit") && enabled("checksumsEdit"));
    QVERIFY(!page.isComplete());
    ui.click(QStringLiteral("latestReleaseRadio"));
    QVERIFY(page.isComplete());
    QVERIFY(page.findChild<QLayout*>(QStringLiteral("releasePickerLayout")));
}

void TestSystemSettingsPage::browsePicksReleaseFiles()
{
    const QDir dir(TestEnvironment::freshDirectory(QStringLiteral("gui-settings")));
    const QString archive = dir.filePath(QStringLiteral("kkt-app-v1.0.1.tar.gz"));
    const QString sums = dir.filePath(QStringLiteral("checksums.txt"));
    for (const QString& path : {archive, sums}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    DeploymentConfig config = defaults();
    DeploymentSecrets secrets;
    SystemSettingsPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    ui.click(QStringLiteral("fileReleaseRadio"));
    FileDialogs::setNextFileName(archive);
    ui.click(QStringLiteral("browseReleaseFileButton"));
    FileDialogs::setNextFileName(sums);
    ui.click(QStringLiteral("browseChecksumsButton"));
    QVERIFY(page.isComplete());
    QCOMPARE(config.release.path, archive);
    QCOMPARE(config.release.checksums, sums);
    QCOMPARE(
        config.toJson().value(QStringLiteral("release")).toObject().value(QStringLiteral("path")).toString(),
        archive);
}

QTEST_MAIN(TestSystemSettingsPage)
#include "TestSystemSettingsPage.moc"
