console.log("studio")
