#include "Edition.h"

#include <atomic>

namespace {

std::atomic<Edition::Kind> currentKind{Edition::Kind::Staff};

} // namespace

Edition::Kind Edition::current()
{
    return currentKind.load();
}

void Edition::set(Kind kind)
{
    currentKind.store(kind);
}

QString Edition::applicationId()
{
    return isSelfService() ? QStringLiteral("kkt-deploy-client") : QStringLiteral("kkt-deploy");
}

QString Edition::displayName()
{
    return isSelfService() ? tr("KKT Deploy Client") : tr("KKT Deploy");
}
