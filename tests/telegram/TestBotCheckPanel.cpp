#include "gui/BotCheckPanel.h"
#include "gui/TelegramBotPage.h"

#include "gui/WidgetDriver.h"
#include "support/FakeTelegramServer.h"

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>
#include <QTest>

namespace {
const QString goodToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
const QString revokedToken = QStringLiteral("987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9");
} // namespace

// Hides the page before it is destroyed. A page destroyed while one of its edited fields has focus
// gets editingFinished → refresh() from ~QWidget, after its own destructor ran (reported to the
// GUI owner); hiding first delivers that focus-out while the page is whole.
struct HideFirst
{
    QWidget* page;
    ~HideFirst() { page->hide(); }
};

// The Telegram page's Validate, driven like a user against a local Bot API.
class TestBotCheckPanel : public QObject
{
    Q_OBJECT

    FakeTelegramServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addBot(goodToken, 123456789, QStringLiteral("KKT Client"), QStringLiteral("kkt_client_bot"));
        qputenv("KKT_TELEGRAM_API_URL", m_server.baseUrl().toEncoded());
    }

    void validShowsNameAndUsername()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        TelegramBotPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        auto* validate = ui.find<QAbstractButton>(QStringLiteral("validateBotButton"));
        QVERIFY(!validate->isEnabled());
        ui.type(QStringLiteral("botTokenEdit"), goodToken);
        QVERIFY(validate->isEnabled());
        ui.click(QStringLiteral("validateBotButton"));
        QTRY_VERIFY(ui.text(QStringLiteral("botCheckStatusLabel"))
                        .contains(QStringLiteral("KKT Client (@kkt_client_bot)")));
        QCOMPARE(page.findChild<BotCheckPanel*>()->state(), BotCheckPanel::State::Valid);
        QCOMPARE(page.findChild<BotCheckPanel*>()->botUsername(), QStringLiteral("@kkt_client_bot"));
        QVERIFY(!ui.find<QProgressBar>(QStringLiteral("botCheckProgress"))->isVisible());

        // Another token makes the answer stale.
        ui.type(QStringLiteral("botTokenEdit"), revokedToken);
        QVERIFY(!ui.shows(QStringLiteral("botCheckStatusLabel")));
        QCOMPARE(page.findChild<BotCheckPanel*>()->state(), BotCheckPanel::State::Unchecked);
    }

    void revokedTokenExplainedInline()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        TelegramBotPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        ui.type(QStringLiteral("botTokenEdit"), revokedToken);
        ui.click(QStringLiteral("validateBotButton"));
        QTRY_COMPARE(page.findChild<BotCheckPanel*>()->state(), BotCheckPanel::State::Invalid);
        const QString message = ui.text(QStringLiteral("botCheckStatusLabel"));
        QVERIFY(message.contains(QStringLiteral("wrong or was revoked")));
        QVERIFY(!message.contains(revokedToken));
    }

    void spinnerAndCancelWhileTelegramIsSlow()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        TelegramBotPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        ui.type(QStringLiteral("botTokenEdit"), goodToken);
        m_server.stallNext(1);
        const qsizetype before = m_server.calls().size();
        ui.click(QStringLiteral("validateBotButton"));
        QTRY_COMPARE(m_server.calls().size(), before + 1);
        // The GUI stays responsive: the spinner shows and Cancel works while the request hangs.
        QVERIFY(ui.find<QProgressBar>(QStringLiteral("botCheckProgress"))->isVisible());
        QVERIFY(!ui.find<QAbstractButton>(QStringLiteral("validateBotButton"))->isEnabled());
        ui.click(QStringLiteral("cancelBotCheckButton"));
        QCOMPARE(page.findChild<BotCheckPanel*>()->state(), BotCheckPanel::State::Unchecked);
        QVERIFY(ui.find<QAbstractButton>(QStringLiteral("validateBotButton"))->isEnabled());
        ui.click(QStringLiteral("validateBotButton"));
        QTRY_COMPARE(page.findChild<BotCheckPanel*>()->state(), BotCheckPanel::State::Valid);
    }

    void unreachableTelegram()
    {
        qputenv("KKT_TELEGRAM_API_URL", "http://127.0.0.1:1");
        DeploymentConfig config;
        DeploymentSecrets secrets;
        TelegramBotPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        ui.type(QStringLiteral("botTokenEdit"), goodToken);
        ui.click(QStringLiteral("validateBotButton"));
        // The network is the cause, not the token: the token is left unjudged.
        QTRY_VERIFY(
            ui.text(QStringLiteral("botCheckStatusLabel")).startsWith(QStringLiteral("Network problem")));
        QCOMPARE(page.findChild<BotCheckPanel*>()->state(), BotCheckPanel::State::Unchecked);
        QVERIFY(
            ui.text(QStringLiteral("botCheckStatusLabel")).contains(QStringLiteral("could not be reached")));
        QVERIFY(!ui.text(QStringLiteral("botCheckStatusLabel")).contains(QStringLiteral("rejected")));
        QVERIFY(!ui.text(QStringLiteral("botCheckStatusLabel")).contains(goodToken));
        qputenv("KKT_TELEGRAM_API_URL", m_server.baseUrl().toEncoded());
    }
};

QTEST_MAIN(TestBotCheckPanel)
#include "TestBotCheckPanel.moc"
