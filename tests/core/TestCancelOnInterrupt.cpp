#include "cli/CancelOnInterrupt.h"
#include "ssh/SshSession.h"

#include <QTest>

#include <csignal>

namespace {

volatile std::sig_atomic_t previousHandlerCalls = 0;

void previousHandler(int)
{
    previousHandlerCalls = previousHandlerCalls + 1;
}

// Counts the cancel requests it gets, like ServerOperation counts them to tell a first Ctrl+C from a second.
struct CountingOperation
{
    std::atomic_int cancels{0};
    void cancel() { ++cancels; }
};

} // namespace

class TestCancelOnInterrupt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        previousHandlerCalls = 0;
        std::signal(SIGINT, previousHandler);
    }
    void cleanup() { std::signal(SIGINT, SIG_DFL); }

    void everyInterruptCancelsTheOperation()
    {
        CountingOperation operation;
        const int seen = CancelOnInterrupt::run(operation, [&] {
            std::raise(SIGINT);
            std::raise(SIGINT);
            return operation.cancels.load();
        });
        QCOMPARE(seen, 2);
        QCOMPARE(previousHandlerCalls, 0);
    }

    void stopsARealSshOperation()
    {
        SshSession session;
        SshTarget target;
        target.host = QStringLiteral("127.0.0.1");
        session.setTarget(target);
        const SshError error = CancelOnInterrupt::run(session, [&] {
            std::raise(SIGINT);
            return session.connectToHost();
        });
        QCOMPARE(error.kind, SshError::Cancelled);
    }

    void countsWithoutAnOperation()
    {
        CancelOnInterrupt interrupt;
        QCOMPARE(interrupt.interrupts(), 0);
        std::raise(SIGINT);
        QCOMPARE(interrupt.interrupts(), 1);
        QCOMPARE(previousHandlerCalls, 0);
    }

    void restoresThePreviousHandler()
    {
        CountingOperation operation;
        {
            CancelOnInterrupt interrupt(operation);
            std::raise(SIGINT);
        }
        std::raise(SIGINT);
        QCOMPARE(operation.cancels.load(), 1);
        QCOMPARE(previousHandlerCalls, 1);
    }

    void theInnermostGetsTheSignal()
    {
        CountingOperation outer;
        CountingOperation inner;
        CancelOnInterrupt outerScope(outer);
        {
            CancelOnInterrupt innerScope(inner);
            std::raise(SIGINT);
            QCOMPARE(innerScope.interrupts(), 1);
        }
        QCOMPARE(inner.cancels.load(), 1);
        QCOMPARE(outer.cancels.load(), 0);
        std::raise(SIGINT);
        QCOMPARE(outer.cancels.load(), 1);
        QCOMPARE(outerScope.interrupts(), 1);
        QCOMPARE(previousHandlerCalls, 0);
    }
};

QTEST_GUILESS_MAIN(TestCancelOnInterrupt)
#include "TestCancelOnInterrupt.moc"
