#include "CancelOnInterrupt.h"

#include <csignal>

namespace {

// The object the signal handler serves; a lock-free atomic, so reading it there is safe.
std::atomic<CancelOnInterrupt*> active{nullptr};
static_assert(std::atomic<CancelOnInterrupt*>::is_always_lock_free);
static_assert(std::atomic_int::is_always_lock_free);

} // namespace

CancelOnInterrupt::CancelOnInterrupt()
    : CancelOnInterrupt(nullptr, nullptr)
{}

CancelOnInterrupt::CancelOnInterrupt(void* operation, void (*cancel)(void*))
    : m_operation(operation)
    , m_cancel(cancel)
    , m_outer(active.exchange(this))
{
    m_previousHandler = std::signal(SIGINT, onInterrupt);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    std::signal(SIGINT, m_previousHandler);
    active = m_outer;
}

void CancelOnInterrupt::onInterrupt(int)
{
    // Only atomics and the operation's cancel() here: this is a signal handler.
    CancelOnInterrupt* self = active.load();
    if (!self)
        return;
    ++self->m_interrupts;
    if (self->m_cancel)
        self->m_cancel(self->m_operation);
}
