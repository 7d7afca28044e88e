#include "ArchiveBuilder.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <sys/sysmacros.h>

#include <memory>

ArchiveBuilder& ArchiveBuilder::file(const QString& name, const QByteArray& data, unsigned mode)
{
    entries.append({name, Type::File, data, {}, 0, mode});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::zeroes(const QString& name, qint64 size)
{
    entries.append({name, Type::File, {}, {}, size, 0666});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::folder(const QString& name)
{
    entries.append({name, Type::Folder, {}, {}, 0, 0777});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::symlink(const QString& name, const QString& target)
{
    entries.append({name, Type::Symlink, {}, target, 0, 0777});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::hardlink(const QString& name, const QString& target)
{
    entries.append({name, Type::Hardlink, {}, target, 0, 0666});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::special(const QString& name, Type type)
{
    entries.append({name, type, {}, {}, 0, 0666});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::remove(const QString& name)
{
    entries.removeIf([&](const Entry& e) { return e.name == name; });
    return *this;
}

ArchiveBuilder ArchiveBuilder::kkt10(const QString& version)
{
    ArchiveBuilder b;
    b.folder(QStringLiteral("./"))
        .file(QStringLiteral("./.env.example"), "DATABASE_URL=sqlite:///kkt.db\nJWT_SECRET_KEY=change-me\n")
        .file(QStringLiteral("./CHANGELOG.md"),
              "# Changelog\n\n## " + version.toUtf8() + "\n- First release\n")
        .file(QStringLiteral("./README.md"), "# KKT\n")
        .file(QStringLiteral("./VERSION"), version.toUtf8()) // no trailing newline, as shipped
        .file(QStringLiteral("./requirements.txt"), "aiogram==3.4.1\nSQLAlchemy==2.0.25\n")
        .file(QStringLiteral("./requirements-web.txt"), "fastapi==0.109.0\nuvicorn==0.27.0\n")
        .folder(QStringLiteral("./backend/"))
        .file(QStringLiteral("./backend/__init__.py"), "")
        .folder(QStringLiteral("./bot/"))
        .file(QStringLiteral("./bot/__init__.py"), "")
        .file(QStringLiteral("./bot/main.py"), "import asyncio\n")
        .folder(QStringLiteral("./bot/handlers/"))
        .file(QStringLiteral("./bot/handlers/start.py"), "async def start(m): ...\n")
        .folder(QStringLiteral("./database/"))
        .folder(QStringLiteral("./database/migrations/"))
        .file(QStringLiteral("./database/migrations/011_create_support_requests.sql"),
              "CREATE TABLE support_requests (id SERIAL PRIMARY KEY);\n")
        .file(QStringLiteral("./database/kkt_system.db"),
              QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'))
        .folder(QStringLiteral("./deployment/"))
        .file(QStringLiteral("./deployment/deploy.sh"),
              "#!/bin/bash\necho deploy\n") // not executable, as shipped
        .folder(QStringLiteral("./web/"))
        .file(QStringLiteral("./web/__init__.py"), "")
        .file(QStringLiteral("./web/test_api.py"), "def test(): pass\n")
        .file(QStringLiteral("./web/create_admin.py"), "print('admin')\n")
        .folder(QStringLiteral("./web/app/"))
        .file(QStringLiteral("./web/app/__init__.py"), "")
        .file(QStringLiteral("./web/app/main.py"), "from fastapi import FastAPI\napp = FastAPI()\n")
        .file(QStringLiteral("./web/app/models.py"), "class Base: ...\n");
    return b;
}

QString ArchiveBuilder::write(const QString& path, int gzipLevel) const
{
    std::unique_ptr<archive, decltype(&archive_write_free)> out(archive_write_new(), &archive_write_free);
    archive_write_set_format_pax_restricted(out.get());
    archive_write_add_filter_gzip(out.get());
    archive_write_set_filter_option(out.get(), "gzip", "compression-level",
                                    QByteArray::number(gzipLevel).constData());
    if (archive_write_open_filename(out.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(out.get()));
    for (const Entry& e : entries) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            &archive_entry_free);
        const QByteArray name = e.name.toUtf8();
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_mtime(entry.get(), 1717200000, 0);
        archive_entry_set_perm(entry.get(), e.mode);
        const QByteArray target = e.target.toUtf8();
        switch (e.type) {
        case Type::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), e.zeroes > 0 ? e.zeroes : e.data.size());
            break;
        case Type::Folder:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            break;
        case Type::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink(entry.get(), target.constData());
            break;
        case Type::Hardlink:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_hardlink(entry.get(), target.constData());
            archive_entry_set_size(entry.get(), 0);
            break;
        case Type::CharDevice:
            archive_entry_set_filetype(entry.get(), AE_IFCHR);
            archive_entry_set_rdev(entry.get(), makedev(1, 3));
            break;
        case Type::BlockDevice:
            archive_entry_set_filetype(entry.get(), AE_IFBLK);
            archive_entry_set_rdev(entry.get(), makedev(8, 0));
            break;
        case Type::Fifo:
            archive_entry_set_filetype(entry.get(), AE_IFIFO);
            break;
        }
        if (archive_write_header(out.get(), entry.get()) != ARCHIVE_OK)
            return QString::fromUtf8(archive_error_string(out.get()));
        if (e.type == Type::File && e.zeroes > 0) {
            const QByteArray block(1 << 20, '\0');
            for (qint64 left = e.zeroes; left > 0; left -= block.size()) {
                const qint64 n = std::min<qint64>(left, block.size());
                if (archive_write_data(out.get(), block.constData(), size_t(n)) < 0)
                    return QString::fromUtf8(archive_error_string(out.get()));
            }
        } else if (e.type == Type::File && !e.data.isEmpty()) {
            if (archive_write_data(out.get(), e.data.constData(), size_t(e.data.size())) < 0)
                return QString::fromUtf8(archive_error_string(out.get()));
        }
    }
    if (archive_write_close(out.get()) != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(out.get()));
    return {};
}
