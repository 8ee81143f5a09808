//go:build unix

package localfs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"golang.org/x/sys/unix"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// The folder store reaches every object through file descriptors, one
// path segment at a time: each folder is opened relative to the one
// before it with O_NOFOLLOW|O_DIRECTORY, and the object itself is checked
// with fstatat(AT_SYMLINK_NOFOLLOW), opened with O_NOFOLLOW|O_NONBLOCK and
// checked again on the open descriptor. A symbolic link anywhere below the
// data folder is therefore never followed, and a FIFO, a device or a
// socket is never read (O_NONBLOCK: opening a FIFO does not wait for a
// writer), even if an entry is swapped between the check and the open.
// The data folder itself is the operator's choice and may be reached
// through links.

const (
	dirFlags  = unix.O_RDONLY | unix.O_DIRECTORY | unix.O_NOFOLLOW | unix.O_CLOEXEC
	fileFlags = unix.O_RDONLY | unix.O_NOFOLLOW | unix.O_NONBLOCK | unix.O_NOCTTY | unix.O_CLOEXEC
)

// kindOf names what a mode describes; "" is a regular file.
func kindOf(mode uint32) string {
	switch mode & unix.S_IFMT {
	case unix.S_IFREG:
		return ""
	case unix.S_IFLNK:
		return storage.KindSymlink
	case unix.S_IFIFO:
		return storage.KindFIFO
	case unix.S_IFCHR, unix.S_IFBLK:
		return storage.KindDevice
	case unix.S_IFSOCK:
		return storage.KindSocket
	case unix.S_IFDIR:
		return storage.KindDirectory
	}
	return storage.KindOther
}

func retry(fn func() error) error {
	for {
		if err := fn(); err != unix.EINTR {
			return err
		}
	}
}

// openRoot opens the data folder.
func openRoot(root string) (int, error) {
	var fd int
	err := retry(func() (err error) {
		fd, err = unix.Open(root, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return -1, &fs.PathError{Op: "open", Path: root, Err: err}
	}
	return fd, nil
}

// errNotFolder says a segment that must be a folder is a regular file: no
// object can live below it.
var errNotFolder = errors.New("localfs: a path segment is a file")

// openDirAt opens the folder name in dir without following a link. With
// create, a missing folder is made.
func openDirAt(dir int, name string, create bool) (int, error) {
	for {
		var fd int
		err := retry(func() (err error) {
			fd, err = unix.Openat(dir, name, dirFlags, 0)
			return err
		})
		switch {
		case err == nil:
			return fd, nil
		case err == unix.ENOENT && create:
			if err := retry(func() error { return unix.Mkdirat(dir, name, 0o750) }); err != nil && err != unix.EEXIST {
				return -1, err
			}
			continue // made (or made by someone else meanwhile): open it
		case err == unix.ENOENT:
			return -1, fs.ErrNotExist
		}
		// ELOOP (Linux, macOS) or EMLINK (BSD) for a link, ENOTDIR for
		// anything else that is not a folder: say which it is.
		var st unix.Stat_t
		if serr := retry(func() error { return unix.Fstatat(dir, name, &st, unix.AT_SYMLINK_NOFOLLOW) }); serr != nil {
			return -1, err
		}
		switch kind := kindOf(uint32(st.Mode)); kind {
		case "":
			return -1, errNotFolder
		case storage.KindDirectory:
			return -1, err
		default:
			return -1, &storage.IrregularError{Kind: kind}
		}
	}
}

// openParent opens the folder that holds the last of parts, below bucket.
func openParent(root, bucket string, parts []string, create bool) (int, error) {
	fd, err := openRoot(root)
	if err != nil {
		return -1, err
	}
	for _, name := range append([]string{bucket}, parts[:len(parts)-1]...) {
		next, err := openDirAt(fd, name, create)
		unix.Close(fd)
		if err != nil {
			return -1, err
		}
		fd = next
	}
	return fd, nil
}

// notFound maps "no such object" errors to storage.ErrNotFound and marks
// irregular entries with their key.
func notFound(key string, err error) error {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, errNotFolder) || errors.Is(err, unix.ENOENT) {
		return storage.ErrNotFound
	}
	if ie, ok := storage.Irregular(err); ok {
		return &storage.IrregularError{Key: key, Kind: ie.Kind}
	}
	return err
}

func statInfo(key string, st *unix.Stat_t) storage.Info {
	return storage.Info{Key: key, Size: st.Size, Modified: time.Unix(st.Mtim.Unix())}
}

// openObject opens a regular file for reading.
func openObject(root, bucket, key string, parts []string) (*os.File, storage.Info, error) {
	dir, err := openParent(root, bucket, parts, false)
	if err != nil {
		return nil, storage.Info{}, notFound(key, err)
	}
	defer unix.Close(dir)
	name := parts[len(parts)-1]
	var st unix.Stat_t
	if err := retry(func() error { return unix.Fstatat(dir, name, &st, unix.AT_SYMLINK_NOFOLLOW) }); err != nil {
		return nil, storage.Info{}, notFound(key, err)
	}
	if kind := kindOf(uint32(st.Mode)); kind != "" {
		// Never opened: opening a device or a FIFO can itself act.
		return nil, storage.Info{}, &storage.IrregularError{Key: key, Kind: kind}
	}
	var fd int
	err = retry(func() (err error) {
		fd, err = unix.Openat(dir, name, fileFlags, 0)
		return err
	})
	if err == unix.ELOOP || err == unix.EMLINK {
		return nil, storage.Info{}, &storage.IrregularError{Key: key, Kind: storage.KindSymlink}
	}
	if err != nil {
		return nil, storage.Info{}, notFound(key, err)
	}
	// Swapped between the check and the open? The descriptor tells.
	if err := unix.Fstat(fd, &st); err != nil {
		unix.Close(fd)
		return nil, storage.Info{}, err
	}
	if kind := kindOf(uint32(st.Mode)); kind != "" {
		unix.Close(fd)
		return nil, storage.Info{}, &storage.IrregularError{Key: key, Kind: kind}
	}
	if err := unix.SetNonblock(fd, false); err != nil {
		unix.Close(fd)
		return nil, storage.Info{}, err
	}
	return os.NewFile(uintptr(fd), name), statInfo(key, &st), nil
}

// statObject describes a regular file without opening it.
func statObject(root, bucket, key string, parts []string) (storage.Info, error) {
	dir, err := openParent(root, bucket, parts, false)
	if err != nil {
		return storage.Info{}, notFound(key, err)
	}
	defer unix.Close(dir)
	var st unix.Stat_t
	if err := retry(func() error { return unix.Fstatat(dir, parts[len(parts)-1], &st, unix.AT_SYMLINK_NOFOLLOW) }); err != nil {
		return storage.Info{}, notFound(key, err)
	}
	if kind := kindOf(uint32(st.Mode)); kind != "" {
		return storage.Info{}, &storage.IrregularError{Key: key, Kind: kind}
	}
	return statInfo(key, &st), nil
}

// placeObject moves the finished temporary file tmp to the object's place
// (exclusive: only if nothing is there). Neither call follows a link: a
// rename replaces a link itself, and a hard link never overwrites.
func placeObject(root, bucket, key string, parts []string, tmp string, exclusive bool) error {
	dir, err := openParent(root, bucket, parts, true)
	if err != nil {
		if ie, ok := storage.Irregular(err); ok {
			return &storage.IrregularError{Key: key, Kind: ie.Kind}
		}
		return err
	}
	defer unix.Close(dir)
	name := parts[len(parts)-1]
	if exclusive {
		err := retry(func() error { return unix.Linkat(unix.AT_FDCWD, tmp, dir, name, 0) })
		if err == unix.EEXIST {
			return storage.ErrExists
		}
		return err
	}
	return retry(func() error { return unix.Renameat(unix.AT_FDCWD, tmp, dir, name) })
}

// removeObject deletes an object; a missing one is no error.
func removeObject(root, bucket, key string, parts []string) error {
	dir, err := openParent(root, bucket, parts, false)
	if err != nil {
		if err = notFound(key, err); errors.Is(err, storage.ErrNotFound) {
			return nil
		}
		return err
	}
	defer unix.Close(dir)
	err = retry(func() error { return unix.Unlinkat(dir, parts[len(parts)-1], 0) })
	if err == unix.ENOENT {
		return nil
	}
	if err == unix.EISDIR || err == unix.EPERM {
		return &storage.IrregularError{Key: key, Kind: storage.KindDirectory}
	}
	return err
}

// walkObjects calls fn for every entry below the folder named by dirParts
// (below bucket) that is not a folder, in no particular order. Folders
// are entered through descriptors, never through a link; links and other
// irregular entries are reported with their own (lstat) size, so that a
// caller can tell the sender about them, and are never opened.
func walkObjects(root, bucket string, dirParts []string, fn func(key string, info storage.Info) error) error {
	fd, err := openRoot(root)
	if err != nil {
		return err
	}
	for _, name := range append([]string{bucket}, dirParts...) {
		next, err := openDirAt(fd, name, false)
		unix.Close(fd)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) || errors.Is(err, errNotFolder) || errors.Is(err, storage.ErrIrregular) {
				return nil // nothing lives below: an empty listing
			}
			return err
		}
		fd = next
	}
	prefix := ""
	for _, p := range dirParts {
		prefix += p + "/"
	}
	return walkDir(fd, prefix, fn)
}

// walkDir lists the folder open as fd (and closes it).
func walkDir(fd int, prefix string, fn func(key string, info storage.Info) error) error {
	f := os.NewFile(uintptr(fd), prefix)
	entries, err := f.ReadDir(-1)
	if err != nil {
		f.Close()
		return fmt.Errorf("read folder: %w", err)
	}
	defer f.Close()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() {
			child, err := openDirAt(fd, name, false)
			if err != nil {
				continue // vanished or swapped meanwhile
			}
			if err := walkDir(child, prefix+name+"/", fn); err != nil {
				return err
			}
			continue
		}
		var st unix.Stat_t
		if err := retry(func() error { return unix.Fstatat(fd, name, &st, unix.AT_SYMLINK_NOFOLLOW) }); err != nil {
			continue // vanished meanwhile
		}
		if kindOf(uint32(st.Mode)) == storage.KindDirectory {
			continue // replaced by a folder meanwhile
		}
		if err := fn(prefix+name, statInfo(prefix+name, &st)); err != nil {
			return err
		}
	}
	return nil
}
