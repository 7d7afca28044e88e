#include "PayloadLayout.h"

#include <QRegularExpression>

const PayloadLayout& PayloadLayout::kkt10()
{
    static const PayloadLayout layout{
        QStringLiteral("KKT 1.0"),
        // `python -m bot.main`, `uvicorn web.app.main:app`, one pip resolution of both files, and
        // the only migration the 1.0 schema needs.
        {QStringLiteral("VERSION"), QStringLiteral("requirements.txt"),
         QStringLiteral("requirements-web.txt"), QStringLiteral("bot/main.py"),
         QStringLiteral("web/app/main.py"),
         QStringLiteral("database/migrations/011_create_support_requests.sql")},
        {QStringLiteral("backend"), QStringLiteral("bot"), QStringLiteral("database"), QStringLiteral("web")},
        // The schema is created from the SQLAlchemy models: a module or a package.
        {{QStringLiteral("web/app/models.py"), QStringLiteral("web/app/models/__init__.py")}},
        {{QStringLiteral("*.db"), QStringLiteral("sqlite")},
         {QStringLiteral("*.sqlite"), QStringLiteral("sqlite")},
         {QStringLiteral("*.sqlite3"), QStringLiteral("sqlite")},
         {QStringLiteral("*.env"), QStringLiteral("env")},
         {QStringLiteral(".env"), QStringLiteral("env")},
         {QStringLiteral("*test*.py"), QStringLiteral("test-script")},
         {QStringLiteral("*test*.sh"), QStringLiteral("test-script")},
         {QStringLiteral("web/*.py"), QStringLiteral("test-script")}},
    };
    return layout;
}

QStringList PayloadLayout::problems(const QSet<QString>& files, const QSet<QString>& folders) const
{
    QStringList problems;
    for (const QString& file : requiredFiles) {
        if (!files.contains(file))
            problems << tr("%1 layout: the file %2 is missing").arg(name, file);
    }
    for (const QString& folder : requiredFolders) {
        if (!folders.contains(folder))
            problems << tr("%1 layout: the folder %2/ is missing").arg(name, folder);
    }
    for (const QStringList& group : requiredOneOf) {
        if (std::none_of(group.cbegin(), group.cend(),
                         [&](const QString& path) { return files.contains(path); }))
            problems << tr("%1 layout: none of %2 is present").arg(name, group.join(QStringLiteral(", ")));
    }
    if (!problems.isEmpty() && folders.size() >= 1) {
        // A single top folder is the usual packaging mistake; name it so the fix is obvious.
        QSet<QString> tops;
        for (const QString& path : files)
            tops.insert(path.section(u'/', 0, 0));
        for (const QString& path : folders)
            tops.insert(path.section(u'/', 0, 0));
        if (tops.size() == 1 && folders.contains(*tops.cbegin()))
            problems
                << tr("%1 layout: everything is inside the single folder %2/ — the release must have its "
                      "files at the top level (names starting with “./”)")
                       .arg(name, *tops.cbegin());
    }
    return problems;
}

QString PayloadLayout::leftoverWarning(const QString& path) const
{
    const QString fileName = path.section(u'/', -1);
    // Package markers are part of the code, whatever folder they are in.
    if (fileName == u"__init__.py")
        return {};
    for (const Leftover& leftover : leftovers) {
        const bool hasFolder = leftover.pattern.contains(u'/');
        // Qt 6 wildcards are path wildcards: `*` does not cross a `/`.
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(leftover.pattern));
        if (!pattern.match(hasFolder ? path : fileName).hasMatch())
            continue;
        if (leftover.kind == u"sqlite")
            return tr("%1: an SQLite database shipped as a development leftover — it is not used; the "
                      "application runs on PostgreSQL only")
                .arg(path);
        if (leftover.kind == u"env")
            return tr("%1: an environment file shipped in the release — it is not used; .env is generated "
                      "from the wizard's settings")
                .arg(path);
        return tr("%1: a test or maintenance script shipped in the release — the installer does not run it")
            .arg(path);
    }
    return {};
}
