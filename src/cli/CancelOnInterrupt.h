#pragma once

#include <atomic>

// Ctrl+C while a command runs one server operation (a deployment, an update, a restore …): every
// SIGINT calls the operation's cancel(), from the signal handler, so cancel() must be safe there
// (ServerOperation's are: UpdateRunner is one). The operation decides what a cancel means: the first
// stops at the next safe point (a step that must finish, finishes, and its log says so), a second
// leaves at once and the log says that the next run repairs what is left. Without an operation the
// object only counts the interrupts (a wait that Ctrl+C ends).
//
// Installed while the object lives, the previous handler back afterwards; the innermost object gets
// the signal.
class CancelOnInterrupt
{
public:
    CancelOnInterrupt();
    template <typename Operation>
    explicit CancelOnInterrupt(Operation& operation)
        : CancelOnInterrupt(&operation, [](void* o) { static_cast<Operation*>(o)->cancel(); })
    {}
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;

    // Runs `work` (the operation's blocking call) with Ctrl+C cancelling `operation`.
    template <typename Operation, typename Work>
    static auto run(Operation& operation, Work&& work)
    {
        CancelOnInterrupt interrupt(operation);
        return work();
    }

    // How many Ctrl+C arrived while this object was installed.
    int interrupts() const { return m_interrupts; }

private:
    CancelOnInterrupt(void* operation, void (*cancel)(void*));
    static void onInterrupt(int);

    void* m_operation;
    void (*m_cancel)(void*);
    std::atomic_int m_interrupts{0};
    void (*m_previousHandler)(int);
    CancelOnInterrupt* m_outer;
};
