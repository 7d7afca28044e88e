#include "WidgetDriver.h"
#include "gui/TelegramBotPage.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestTelegramBotPage : public QObject
{
    Q_OBJECT

private slots:
    void tokenGoesToSecretsOnly();
    void problemShowsWithoutRepeatingTheToken();
    void showToggleRevealsTheToken();
    void linksToBotFather();
};

namespace {
const QString token = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
}

void TestTelegramBotPage::tokenGoesToSecretsOnly()
{
    DeploymentConfig config;
    const DeploymentConfig before = config;
    DeploymentSecrets secrets;
    TelegramBotPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!page.isComplete());
    ui.type(QStringLiteral("botTokenEdit"), QStringLiteral("  ") + token + QStringLiteral(" "));
    QVERIFY(page.isComplete());
    QCOMPARE(secrets.botToken, token);
    QCOMPARE(config, before);
    QVERIFY(!QJsonDocument(config.toJson()).toJson().contains(token.toUtf8()));
}

void TestTelegramBotPage::problemShowsWithoutRepeatingTheToken()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    TelegramBotPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    QVERIFY(!ui.shows(QStringLiteral("botTokenError")));
    const QString almost = token.chopped(1);
    ui.type(QStringLiteral("botTokenEdit"), almost);
    QVERIFY(!page.isComplete());
    QVERIFY(ui.shows(QStringLiteral("botTokenError")));
    QVERIFY(!ui.text(QStringLiteral("botTokenError")).contains(almost));
    QVERIFY(secrets.botToken.isEmpty());
}

void TestTelegramBotPage::showToggleRevealsTheToken()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    TelegramBotPage page(&config, &secrets);
    page.show();
    WidgetDriver ui(&page);
    auto* edit = ui.find<QLineEdit>(QStringLiteral("botTokenEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    ui.click(QStringLiteral("showTokenCheck"));
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    ui.click(QStringLiteral("showTokenCheck"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestTelegramBotPage::linksToBotFather()
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    TelegramBotPage page(&config, &secrets);
    auto* instructions = WidgetDriver(&page).find<QLabel>(QStringLiteral("instructionsLabel"));
    QVERIFY(instructions->text().contains(QStringLiteral("href=\"https://t.me/BotFather\"")));
    QVERIFY(instructions->openExternalLinks());
}

QTEST_MAIN(TestTelegramBotPage)
#include "TestTelegramBotPage.moc"
