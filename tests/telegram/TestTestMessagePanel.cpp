#include "gui/AdminIdsPage.h"
#include "gui/TestMessagePanel.h"

#include "gui/WidgetDriver.h"
#include "support/FakeTelegramServer.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

namespace {
const QString goodToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1");
} // namespace

// Hides the page before it is destroyed. A page destroyed while one of its edited fields has focus
// gets editingFinished → refresh() from ~QWidget, after its own destructor ran (reported to the
// GUI owner); hiding first delivers that focus-out while the page is whole.
struct HideFirst
{
    QWidget* page;
    ~HideFirst() { page->hide(); }
};

// The Admin IDs page's optional test message, one result per ID, against a local Bot API.
class TestTestMessagePanel : public QObject
{
    Q_OBJECT

    FakeTelegramServer m_server;

    static void addId(WidgetDriver& ui, const QString& id)
    {
        ui.type(QStringLiteral("adminIdEdit"), id);
        ui.click(QStringLiteral("addAdminIdButton"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addBot(goodToken, 123456789, QStringLiteral("KKT Client"), QStringLiteral("kkt_client_bot"));
        m_server.addStartedChat(1001);
        qputenv("KKT_TELEGRAM_API_URL", m_server.baseUrl().toEncoded());
    }

    void resultPerId()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        secrets.botToken = goodToken;
        AdminIdsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        addId(ui, QStringLiteral("1001"));
        addId(ui, QStringLiteral("2002"));
        auto* panel = page.findChild<TestMessagePanel*>();
        QSignalSpy finished(panel, &TestMessagePanel::finished);
        ui.click(QStringLiteral("sendTestMessageButton"));
        QVERIFY(finished.wait(20000));
        auto* results = ui.find<QTreeWidget>(QStringLiteral("testMessageResults"));
        QCOMPARE(results->topLevelItemCount(), 2);
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("1001"));
        QVERIFY(results->topLevelItem(0)->text(1).contains(QStringLiteral("delivered")));
        QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("2002"));
        QVERIFY(results->topLevelItem(1)->text(1).contains(QStringLiteral("press Start")));
        QVERIFY(ui.text(QStringLiteral("testMessageStatusLabel")).contains(QStringLiteral("1 of 2")));
        // What the bot really sent.
        int sent = 0;
        for (const FakeTelegramServer::Call& call : m_server.calls())
            sent += call.method == u"sendMessage";
        QCOMPARE(sent, 2);
        QVERIFY(ui.find<QAbstractButton>(QStringLiteral("sendTestMessageButton"))->isEnabled());
    }

    void needsATokenAndIds()
    {
        DeploymentConfig config;
        DeploymentSecrets secrets;
        AdminIdsPage page(&config, &secrets);
        HideFirst hideFirst{&page};
        page.show();
        WidgetDriver ui(&page);
        const qsizetype before = m_server.calls().size();
        addId(ui, QStringLiteral("1001"));
        ui.click(QStringLiteral("sendTestMessageButton"));
        QVERIFY(ui.text(QStringLiteral("testMessageStatusLabel")).contains(QStringLiteral("bot token")));
        secrets.botToken = goodToken;
        auto* list = page.findChild<QListWidget*>(QStringLiteral("adminIdList"));
        list->selectAll();
        ui.click(QStringLiteral("removeAdminIdButton"));
        ui.click(QStringLiteral("sendTestMessageButton"));
        QVERIFY(ui.text(QStringLiteral("testMessageStatusLabel")).contains(QStringLiteral("at least one")));
        QCOMPARE(m_server.calls().size(), before);
    }
};

QTEST_MAIN(TestTestMessagePanel)
#include "TestTestMessagePanel.moc"
