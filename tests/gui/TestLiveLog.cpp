#include "gui/LiveLog.h"

#include <QDialog>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

// The live log shared by the Progress page and the Updates tab: batched, bounded on screen and
// in memory, following the tail, cleared for a new run, shown whole in View full log.
class TestLiveLog : public QObject
{
    Q_OBJECT

private slots:
    void batchesAndBounds()
    {
        QPlainTextEdit view;
        LiveLog log(&view);
        view.show();
        for (int i = 0; i < 20000; ++i)
            log.append(QStringLiteral("line %1").arg(i));
        QVERIFY(view.document()->blockCount() <= 1);
        QTRY_COMPARE(view.document()->lastBlock().text(), QStringLiteral("line 19999"));
        QVERIFY(view.document()->blockCount() <= LiveLog::VisibleLines);
        QCOMPARE(log.lines().size(), 20000);
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());

        for (int i = 20000; i < LiveLog::FullLines + 30000; ++i)
            log.append(QStringLiteral("line %1").arg(i));
        log.flush();
        QVERIFY(log.lines().size() <= LiveLog::FullLines + LiveLog::FullLines / 10);
        QVERIFY(log.droppedLines() > 0);
        QCOMPARE(log.lines().last(), QStringLiteral("line %1").arg(LiveLog::FullLines + 29999));

        QWidget parent;
        log.showFull(&parent, QStringLiteral("Update log"));
        auto* dialog = parent.findChild<QDialog*>(QStringLiteral("fullLogDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Update log"));
        auto* full = dialog->findChild<QPlainTextEdit*>(QStringLiteral("fullLogView"));
        QVERIFY(full->toPlainText().startsWith(QStringLiteral("(%1 earlier line").arg(log.droppedLines())));

        log.clear();
        QVERIFY(log.lines().isEmpty());
        QCOMPARE(log.droppedLines(), 0);
        QCOMPARE(view.toPlainText(), QString());
        log.append(QStringLiteral("fresh"));
        log.flush();
        QCOMPARE(view.toPlainText(), QStringLiteral("fresh"));
    }
};

QTEST_MAIN(TestLiveLog)
#include "TestLiveLog.moc"
