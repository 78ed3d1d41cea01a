import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Paths;

/**
 * Validates a BagIt bag with the Library of Congress implementation, independent of ours: the
 * bag's declaration, every manifest and tag manifest, every checksum and the payload oxum.
 * Prints "valid <version> <payload files>" and exits 0, or prints the problem and exits 1.
 */
public class BagCheck {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BagCheck <bag folder>");
      System.exit(2);
    }
    try (BagVerifier verifier = new BagVerifier()) {
      Bag bag = new BagReader().read(Paths.get(args[0]));
      verifier.isValid(bag, false);
      long files = bag.getPayLoadManifests().iterator().next().getFileToChecksumMap().size();
      System.out.println("valid " + bag.getVersion() + " " + files);
    } catch (Exception e) {
      System.out.println("invalid " + e.getClass().getSimpleName() + ": " + e.getMessage());
      System.exit(1);
    }
  }
}
