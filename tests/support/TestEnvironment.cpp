#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QTcpServer>
#include <QUuid>

QString TestEnvironment::scratchRoot()
{
    QString root = qEnvironmentVariable("KKT_TEST_ENV");
    if (root.isEmpty())
        root = binaryDir() + QStringLiteral("/test-env");
    QDir().mkpath(root);
    return root;
}

QString TestEnvironment::freshDirectory(const QString& name)
{
    const QString path =
        scratchRoot() + u'/' + name + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

QString TestEnvironment::sourceDir()
{
    return qEnvironmentVariable("KKT_SOURCE_DIR");
}

QString TestEnvironment::binaryDir()
{
    const QString dir = qEnvironmentVariable("KKT_BINARY_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

quint16 TestEnvironment::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
