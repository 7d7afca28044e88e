#include "RegistryWorker.h"

#include "RegistryConnection.h"

RegistryWorker::RegistryWorker(RegistryTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_context(new QObject)
    , m_registry(std::make_unique<Registry>(m_target))
{
    m_thread.setObjectName(QStringLiteral("registry"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // A staff password not given by the caller comes from the keychain, read on the registry
    // thread (a keychain may take seconds to answer).
    if (m_target.isPostgres() && m_target.password.isEmpty()) {
        QMetaObject::invokeMethod(m_context, [this] {
            RegistryTarget withPassword = m_target;
            QString note; // a keychain problem shows as the connection's own error
            withPassword.loadPassword(&note);
            m_registry = std::make_unique<Registry>(withPassword);
        });
    }
}

RegistryWorker::~RegistryWorker()
{
    // The connection belongs to the registry thread: close it there, then end the thread.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            RegistryConnection::drop(m_registry->target());
            m_context->deleteLater(); // destroyed as the thread finishes
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}
