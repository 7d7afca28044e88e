#pragma once

#include "Registry.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

// The GUI's registry thread: every database call of the Registry tab runs here, never on the GUI
// thread, on this thread's own connection. Results come back to the caller's thread through
// `done`, and are dropped when the receiver is gone.
class RegistryWorker : public QObject
{
    Q_OBJECT

public:
    explicit RegistryWorker(RegistryTarget target, QObject* parent = nullptr);
    ~RegistryWorker() override;

    const RegistryTarget& target() const { return m_target; }

    // Runs `work` on the registry thread and `done(result)` on `receiver`'s thread afterwards.
    template <typename Result>
    void call(QObject* receiver, std::function<Result(Registry&)> work,
              std::function<void(const Result&)> done)
    {
        QPointer<QObject> guard(receiver);
        QMetaObject::invokeMethod(m_context, [this, guard, work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<Result>(work(*m_registry));
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, result] {
                        if (guard)
                            done(*result);
                    },
                    Qt::QueuedConnection);
        });
    }

private:
    RegistryTarget m_target;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread
    std::unique_ptr<Registry> m_registry;
};
