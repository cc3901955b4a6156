// File-mode helpers for tests of owner-only data: a umask set for one scope, and a path's permission bits.
#pragma once

#include <filesystem>

#include <sys/stat.h>
#include <sys/types.h>

namespace offertracker::test {

// Sets the process umask until the end of the scope (tests run one at a time, so process-wide is fine).
class scoped_umask {
public:
    explicit scoped_umask(mode_t mask) : previous_(::umask(mask)) {}
    scoped_umask(const scoped_umask&) = delete;
    scoped_umask& operator=(const scoped_umask&) = delete;
    ~scoped_umask() { ::umask(previous_); }

private:
    mode_t previous_;
};

// The permission bits of path (e.g. 0600), or -1 when it does not exist; symbolic links are not followed.
inline int permissions_of(const std::filesystem::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) return -1;
    return static_cast<int>(info.st_mode & 07777);
}

}  // namespace offertracker::test
