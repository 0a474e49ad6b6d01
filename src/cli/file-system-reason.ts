/** Why a file could not be read or written, in a few words (shared by every command). */
export function fileSystemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EROFS":
      return "the folder is read-only";
    case "ENAMETOOLONG":
      return "the name is too long for the file system";
    case "ELOOP":
      return "too many symbolic links (a link loop?)";
    case "EEXIST":
      return "already exists";
    case "EFBIG":
      return "the file is too large for the file system";
    case "EIO":
      return "input/output error on the disk";
    case "EBUSY":
    case "ETXTBSY":
      return "the file is busy";
    default:
      return error instanceof Error ? (error.message.split("\n")[0] ?? "unknown error") : String(error);
  }
}
