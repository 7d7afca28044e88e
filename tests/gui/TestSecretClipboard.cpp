#include "gui/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>

// A copied password leaves the clipboard after the delay — unless something else was copied
// meanwhile, which stays.
class TestSecretClipboard : public QObject
{
    Q_OBJECT

    const QString password = QStringLiteral("Sentinel-Clipboard-Pw-93");

private slots:
    void initTestCase()
    {
        QCOMPARE(SecretClipboard::clearDelay(), 30000);
        SecretClipboard::setClearDelay(300);
    }

    void passwordLeavesTheClipboard()
    {
        SecretClipboard::copy(password);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 10000);
    }

    void laterCopiesStay()
    {
        SecretClipboard::copy(password);
        QGuiApplication::clipboard()->setText(QStringLiteral("copied by the user afterwards"));
        QTest::qWait(SecretClipboard::clearDelay() * 3);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied by the user afterwards"));
    }

    void quitTakesItOffAtOnce()
    {
        SecretClipboard::setClearDelay(3600000);
        SecretClipboard::copy(password);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "TestSecretClipboard.moc"
