#include "WidgetDriver.h"
#include "gui/WelcomePage.h"

#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void modeFollowsTheRadioButtons();
    void loadButtonAsksTheWizard();
    void loadMessageShowsOnlyWhenThereIsOne();
};

void TestWelcomePage::modeFollowsTheRadioButtons()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(page.isComplete());
    QVERIFY(ui.find<QRadioButton>(QStringLiteral("productionRadio"))->isChecked());
    ui.click(QStringLiteral("testRadio"));
    QCOMPARE(config.mode, DeploymentMode::Test);
    ui.click(QStringLiteral("productionRadio"));
    QCOMPARE(config.mode, DeploymentMode::Production);

    config.mode = DeploymentMode::Test;
    page.load(true);
    QVERIFY(ui.find<QRadioButton>(QStringLiteral("testRadio"))->isChecked());
}

void TestWelcomePage::loadButtonAsksTheWizard()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    QSignalSpy load(&page, &WelcomePage::loadRequested);
    WidgetDriver(&page).click(QStringLiteral("loadConfigButton"));
    QCOMPARE(load.size(), 1);
}

void TestWelcomePage::loadMessageShowsOnlyWhenThereIsOne()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    WelcomePage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!ui.shows(QStringLiteral("loadMessageLabel")));
    page.setLoadMessage(QStringLiteral("Nothing was loaded."), true);
    QVERIFY(ui.shows(QStringLiteral("loadMessageLabel")));
    page.setLoadMessage(QString(), false);
    QVERIFY(!ui.shows(QStringLiteral("loadMessageLabel")));
}

QTEST_MAIN(TestWelcomePage)
#include "TestWelcomePage.moc"
