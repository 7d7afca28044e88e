#include "FileDialogs.h"

#include <QFileDialog>

QStringList FileDialogs::s_nextFileNames;

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    if (!s_nextFileNames.isEmpty())
        return s_nextFileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (!s_nextFileNames.isEmpty())
        return s_nextFileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    s_nextFileNames << fileName;
}

bool FileDialogs::hasNextFileName()
{
    return !s_nextFileNames.isEmpty();
}
