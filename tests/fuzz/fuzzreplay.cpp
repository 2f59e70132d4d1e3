// Replays fuzz inputs without libFuzzer (docs/fuzzing.md): every file below each directory given
// on the command line is passed to LLVMFuzzerTestOneInput once. A crash, a sanitizer report or a
// hang (ctest's timeout) fails the test; so does a corpus directory without inputs.
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: " << argv[0] << " CORPUS_DIR [REGRESSIONS_DIR...]\n";
        return 2;
    }
    int total = 0;
    for (int i = 1; i < argc; ++i) {
        const QString dir = QString::fromLocal8Bit(argv[i]);
        const bool required = i == 1; // the corpus must exist; regressions may not yet
        if (!QFileInfo(dir).isDir()) {
            if (required) {
                err << "no corpus directory " << dir << "\n";
                return 1;
            }
            continue;
        }
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        std::sort(files.begin(), files.end());
        if (files.isEmpty() && required) {
            err << "the corpus directory " << dir << " holds no inputs\n";
            return 1;
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err << "cannot read " << path << ": " << file.errorString() << "\n";
                return 1;
            }
            const QByteArray input = file.readAll();
            QElapsedTimer timer;
            timer.start();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                                   size_t(input.size()));
            if (timer.elapsed() > 2000)
                out << "slow input (" << timer.elapsed() << " ms): " << path << "\n";
            ++total;
        }
        out << files.size() << " inputs from " << dir << "\n";
    }
    out << "replayed " << total << " inputs\n";
    return 0;
}
