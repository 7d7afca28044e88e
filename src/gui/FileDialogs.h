#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The one way the GUI asks for a file name. Tests queue answers with setNextFileName() so that no
// dialog opens and no human is needed (the seam KeePassXC's FileDialog offers).
class FileDialogs
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);

    // The next dialog returns `fileName` (empty: as if cancelled) without opening.
    static void setNextFileName(const QString& fileName);
    static bool hasNextFileName();

private:
    static QStringList s_nextFileNames;
};
